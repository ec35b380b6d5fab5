import type { Lang } from '@/lib/i18n/languages';
import { en } from './en';
import { id, type Messages } from './id';

export type { Messages } from './id';

/** The dictionary of a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : id;
}

import { createFormatter, createTranslator } from 'next-intl';
import type { Lang } from '@/lib/i18n/languages';
import { formats, timeZone } from './config';
import { messagesFor } from './messages';

function make(lang: Lang) {
  const config = { locale: lang, messages: messagesFor(lang), formats, timeZone };
  return { lang, t: createTranslator(config), format: createFormatter(config) };
}

export type Translator = ReturnType<typeof make>;

const made = new Map<Lang, Translator>();

/**
 * Messages and formats of a language outside a page: API routes (the caller's language), exports (`?lang=`), CLIs
 * (Indonesian). Made once per language, so compiled messages are reused. Pages use getTranslations/useTranslations.
 */
export function translatorFor(lang: Lang): Translator {
  let translator = made.get(lang);
  if (!translator) made.set(lang, (translator = make(lang)));
  return translator;
}

import 'server-only';
import './zod-locale';
import { cookies } from 'next/headers';
import { isLang, messagesFor, type Lang, type Messages } from '@/lib/i18n/messages';

export const langCookie = 'sigap_lang';

/** The visitor's interface language: the cookie if set, else Bahasa Indonesia. */
export async function getLang(): Promise<Lang> {
  const value = (await cookies()).get(langCookie)?.value;
  return isLang(value) ? value : 'id';
}

/** Language and its messages, for a server component. */
export async function getMessages(): Promise<{ lang: Lang; t: Messages }> {
  const lang = await getLang();
  return { lang, t: messagesFor(lang) };
}

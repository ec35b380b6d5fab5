import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { formats, isLang, langCookie, timeZone, defaultLang } from './config';
import { messagesFor } from './messages';

/** next-intl's per-request configuration: the language of the `sigap_lang` cookie (Indonesian without one); URLs carry none. */
export default getRequestConfig(async () => {
  const cookie = (await cookies()).get(langCookie)?.value;
  const locale = isLang(cookie) ? cookie : defaultLang;
  return { locale, messages: messagesFor(locale), formats, timeZone };
});

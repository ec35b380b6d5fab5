'use server';

import { cookies } from 'next/headers';
import { isLang, langCookie } from '@/i18n/config';

/** Switches the interface language; anything but 'id' or 'en' is ignored, and so is anything but a form. */
export async function setLanguage(formData: unknown): Promise<void> {
  // Any client can call an action with any argument: a text body reached here as a string and answered 500.
  const lang = formData instanceof FormData ? formData.get('lang') : null;
  if (!isLang(lang)) return;
  (await cookies()).set(langCookie, lang, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 * 365 });
}

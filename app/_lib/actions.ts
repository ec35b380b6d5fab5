'use server';

import { cookies } from 'next/headers';
import { isLang, langCookie } from '@/i18n/config';

/** Switches the interface language; anything but 'id' or 'en' is ignored. */
export async function setLanguage(formData: FormData): Promise<void> {
  const lang = formData.get('lang');
  if (!isLang(lang)) return;
  (await cookies()).set(langCookie, lang, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 * 365 });
}

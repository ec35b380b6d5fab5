/** Interface languages: Bahasa Indonesia first (the default), English second. */
export const languages = ['id', 'en'] as const;
export type Lang = (typeof languages)[number];

export const defaultLang: Lang = 'id';

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

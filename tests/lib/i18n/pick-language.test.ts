import { describe, expect, it } from 'vitest';
import { pickLanguage, readCookie } from '@/lib/i18n/pick-language';

describe('pickLanguage: the language an API caller reads', () => {
  it.each([
    { case: 'nothing said', cookie: null, acceptLanguage: null, lang: 'id' },
    { case: 'the cookie says English', cookie: 'en', acceptLanguage: 'id-ID,id;q=0.9', lang: 'en' },
    { case: 'the cookie says Indonesian over an English browser', cookie: 'id', acceptLanguage: 'en-US,en;q=0.9', lang: 'id' },
    { case: 'an unknown cookie falls back to the header', cookie: 'fr', acceptLanguage: 'en', lang: 'en' },
    { case: 'an English browser', cookie: null, acceptLanguage: 'en-US,en;q=0.9', lang: 'en' },
    { case: 'Indonesian first', cookie: null, acceptLanguage: 'id-ID,id;q=0.9,en;q=0.8', lang: 'id' },
    { case: 'English ranked above Indonesian by weight', cookie: null, acceptLanguage: 'id;q=0.5, en-GB;q=0.8', lang: 'en' },
    { case: 'English refused with q=0', cookie: null, acceptLanguage: 'en;q=0, fr', lang: 'id' },
    { case: 'neither language', cookie: null, acceptLanguage: 'fr-FR,de;q=0.8', lang: 'id' },
    { case: 'a wildcard', cookie: null, acceptLanguage: '*', lang: 'id' },
    { case: 'equal weights: the first named', cookie: null, acceptLanguage: 'en;q=0.8, id;q=0.8', lang: 'en' },
  ])('$case: $lang', ({ cookie, acceptLanguage, lang }) => {
    expect(pickLanguage({ cookie, acceptLanguage })).toBe(lang);
  });

  it('reads one cookie of a Cookie header', () => {
    expect(readCookie('a=1; sigap_lang=en; sigap.session_token=x', 'sigap_lang')).toBe('en');
    expect(readCookie('xsigap_lang=en', 'sigap_lang')).toBeNull();
    expect(readCookie(null, 'sigap_lang')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { langFromAcceptLanguage, requestLang } from '@/app/_lib/request-lang';

describe('requestLang', () => {
  it.each([
    // cookie                       accept-language                        answer
    [null, null, 'id'],
    [null, 'en-US,en;q=0.9', 'en'],
    [null, 'id-ID,id;q=0.9,en;q=0.8', 'id'],
    [null, 'fr-FR, en;q=0.5', 'en'], // French is not ours: the next one that is
    [null, 'id;q=0.2, en;q=0.8', 'en'], // by weight, not by order
    [null, 'en;q=0, id', 'id'], // q=0 means "not this"
    [null, 'de, fr', 'id'],
    ['sigap_lang=en', 'id-ID', 'en'], // the person's choice in the app wins
    ['a=1; sigap_lang=id', 'en', 'id'],
    ['sigap_lang=xx', 'en', 'en'],
  ])('cookie %s, Accept-Language %s: %s', (cookie, accept, lang) => {
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (accept) headers['accept-language'] = accept;
    expect(requestLang(new Request('http://localhost/api/interviews', { headers }))).toBe(lang);
  });

  it('reads a malformed header as no preference', () => {
    expect(langFromAcceptLanguage(';;,q=abc')).toBeNull();
  });
});

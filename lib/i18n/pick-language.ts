import { defaultLang, isLang, type Lang } from './languages';

/**
 * The language of a request: the language cookie when it names one, else English only when `Accept-Language`
 * ranks English above Indonesian (a browser set to English asks in English; anything else reads Indonesian).
 */
export function pickLanguage({ cookie, acceptLanguage }: { cookie: string | null | undefined; acceptLanguage: string | null | undefined }): Lang {
  if (isLang(cookie)) return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.split('-')[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => (r.base === 'id' || r.base === 'en') && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.base === 'en' ? 'en' : defaultLang;
}

/** The value of one cookie in a `Cookie` header, or null. */
export function readCookie(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

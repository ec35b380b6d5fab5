import { isLang, type Lang } from '@/lib/i18n/messages';
import { langCookie } from './lang';

/** The first of our languages an Accept-Language header names by preference (q), or null. */
export function langFromAcceptLanguage(header: string | null): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...options] = part.trim().split(';');
      const q = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((t) => Number.isFinite(t.q) && t.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranked.map((t) => t.lang).find(isLang) ?? null;
}

/**
 * The language to answer an API request in: the `sigap_lang` cookie a person chose in the app, else the client's
 * Accept-Language, else Bahasa Indonesia.
 */
export function requestLang(request: Request): Lang {
  const cookie = (request.headers.get('cookie') ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([name]) => name === langCookie)?.[1];
  if (isLang(cookie)) return cookie;
  return langFromAcceptLanguage(request.headers.get('accept-language')) ?? 'id';
}

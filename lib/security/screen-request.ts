import { checkWriteOrigin, servedOrigins } from '../auth/request-origin';
import { routeRules } from '../auth/routes';

/** A request the app refuses itself, before Next.js: its status, a message, and whether an API client asked. */
export interface ScreenRefusal {
  status: 400 | 403 | 404 | 405 | 413;
  message: string;
  /** under /api/: answer JSON `{ error }`; else a page */
  api: boolean;
  /** for a 405: the methods the route takes */
  allow?: string[];
}

export interface ScreenInput {
  method: string;
  /** the request target as sent: path and query */
  url: string;
  /** what a POST to a page is checked by (Node's lower-case header names) */
  headers?: { host?: string; origin?: string; 'sec-fetch-site'?: string; 'content-length'?: string };
  /** SIGAP_PUBLIC_URL's origin, when set */
  publicOrigin?: string | null;
}

/** Methods the Fetch standard forbids: Next.js cannot build a Request for them and answered 500. */
const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];

/** Every API route of lib/auth/routes.ts (the permission matrix test keeps it equal to app/api) as path segments and methods. */
const apiRoutes = Object.keys(routeRules)
  .filter((key) => !key.startsWith('action '))
  .reduce((routes, key) => {
    const [method, path] = key.split(' ') as [string, string];
    routes.set(path, [...(routes.get(path) ?? []), method]);
    return routes;
  }, new Map<string, string[]>());

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  const rest = want.findIndex((s) => s.startsWith('[...'));
  if (rest >= 0 ? got.length <= rest : got.length !== want.length) return false;
  return want.every((s, i) => s === got[i] || s.startsWith('[...') || (s.startsWith('[') && got[i] !== ''));
}

/** The methods the API route at `path` takes, as Next.js answers them (HEAD with GET, OPTIONS always); null for no route. */
function apiMethodsAt(path: string): string[] | null {
  const methods = [...apiRoutes].filter(([pattern]) => matches(pattern, path)).flatMap(([, m]) => m);
  if (methods.length === 0) return null;
  return [...methods, ...(methods.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
}

/** True when every `%` of the path starts an escape that decodes (Next.js answered 500 for `/api/areas/%E0%A4%A`). */
function decodesWhole(path: string): boolean {
  try {
    path.split('/').forEach((segment) => decodeURIComponent(segment));
    return true;
  } catch {
    return false;
  }
}

/** Next.js's own limit on a server action's body (its default `serverActions.bodySizeLimit`). */
const maxActionBytes = 1024 * 1024;

/**
 * A POST to a page is a server action. Next.js checks its Origin too, but answered a foreign, empty or missing one
 * with a 500, and a body past its limit as well: here they get the app's own origin rule (request-origin.ts).
 */
function screenPagePost({ headers = {}, publicOrigin }: ScreenInput): ScreenRefusal | null {
  const allowed = servedOrigins({ host: headers.host ?? null, publicOrigin });
  const verdict = checkWriteOrigin({ origin: headers.origin ?? null, secFetchSite: headers['sec-fetch-site'] ?? null, allowed });
  if (verdict === 'no_origin') return { status: 403, message: 'Permintaan tanpa Origin ditolak', api: false };
  if (verdict !== 'same_origin') return { status: 403, message: 'Permintaan dari situs lain ditolak', api: false };
  if (Number(headers['content-length'] ?? 0) > maxActionBytes) return { status: 413, message: 'Badan permintaan terlalu besar (maks. 1 MB)', api: false };
  return null;
}

/**
 * What the app answers before Next.js sees a request (`url` is the request target as sent: path and query), or
 * null to let Next.js answer. Refuses what Next.js would fail on with a 500 (a path with a broken percent escape, a
 * method the Fetch standard forbids such as TRACE), and under /api/ what Next.js would refuse without a JSON error:
 * a path no route serves (404) and a method the route does not take (405, with the methods it does). A POST to a
 * page (a server action) must come from the app's own pages.
 */
export function screenRequest(input: ScreenInput): ScreenRefusal | null {
  const { method: rawMethod, url } = input;
  const method = rawMethod.toUpperCase();
  const raw = url.split('?')[0]!;
  // Dot segments (`..`, `%2e%2e`) resolved and a trailing slash dropped, as Next.js routes the path.
  const path = new URL(`http://sigap.invalid${raw.startsWith('/') ? raw : `/${raw}`}`).pathname.replace(/(.)\/$/, '$1');
  const api = path === '/api' || path.startsWith('/api/');
  if (!decodesWhole(raw)) return { status: 400, message: 'Alamat permintaan memuat kode persen (%) yang rusak', api };
  if (forbiddenMethods.includes(method)) return { status: 405, message: `Metode ${method} tidak didukung`, api };
  if (!api) return method === 'POST' ? screenPagePost(input) : null;
  const allow = apiMethodsAt(path);
  if (!allow) return { status: 404, message: 'Alamat API tidak dikenal', api };
  if (!allow.includes(method)) return { status: 405, message: `Metode ${method} tidak berlaku di sini; yang berlaku: ${allow.join(', ')}`, api, allow };
  return null;
}

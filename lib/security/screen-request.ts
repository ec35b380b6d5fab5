/** A request the app refuses itself, before Next.js: its status, a message, and whether an API client asked. */
export interface ScreenRefusal {
  status: 400 | 405;
  message: string;
  /** under /api/: answer JSON `{ error }`; else a page */
  api: boolean;
}

/** Methods the Fetch standard forbids: Next.js cannot build a Request for them and answered 500. */
const forbiddenMethods = ['CONNECT', 'TRACE', 'TRACK'];

/** True when every `%` of the path starts an escape that decodes (Next.js answered 500 for `/api/areas/%E0%A4%A`). */
function decodesWhole(path: string): boolean {
  try {
    path.split('/').forEach((segment) => decodeURIComponent(segment));
    return true;
  } catch {
    return false;
  }
}

/**
 * What the app answers before Next.js sees a request (`url` is the request target as sent: path and query), or
 * null to let Next.js answer. Refuses what Next.js would fail on with a 500: a path with a broken percent escape,
 * and a method the Fetch standard forbids (TRACE).
 */
export function screenRequest({ method, url }: { method: string; url: string }): ScreenRefusal | null {
  const path = url.split('?')[0]!;
  const api = path === '/api' || path.startsWith('/api/');
  if (!decodesWhole(path)) return { status: 400, message: 'Alamat permintaan memuat kode persen (%) yang rusak', api };
  if (forbiddenMethods.includes(method.toUpperCase())) return { status: 405, message: `Metode ${method.toUpperCase()} tidak didukung`, api };
  return null;
}

import { NextResponse, type NextRequest } from 'next/server';
import { serverEnv } from '@/db/env';
import { contentSecurityPolicy } from '@/lib/security/content-security-policy';

/**
 * Runs before routing. A path with a broken percent escape (`/wilayah/%E0%A4%A`) makes Next.js fail to decode a
 * dynamic segment and answer a bare 500 before any route or page can look at it: refuse it here with a 400. Every
 * page then gets a fresh script nonce; Next.js reads it from the request's CSP and stamps its own scripts.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) {
    const message = 'Alamat tidak valid: kode persen (%) yang rusak';
    if (pathname.startsWith('/api/')) return NextResponse.json({ error: message }, { status: 400 });
    return new NextResponse(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  if (pathname.startsWith('/api/') || isPrefetch(request)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy({ nonce, dev: serverEnv().dev });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** A link prefetch fetches data, not a page: it needs no nonce of its own. */
function isPrefetch(request: NextRequest): boolean {
  return request.headers.has('next-router-prefetch') || request.headers.get('purpose') === 'prefetch';
}

export const config = {
  // Pages only: Next.js buffers a body that passes through here and cuts it at 10 MB, so API uploads and intake
  // batches go straight to their routes (seeds/serve.ts screens their paths before Next.js sees them).
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico).*)'],
};

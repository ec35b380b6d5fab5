import { NextResponse, type NextRequest } from 'next/server';

/**
 * Runs before routing. A path with a broken percent escape (`/wilayah/%E0%A4%A`) makes Next.js fail to decode a
 * dynamic segment and answer a bare 500 before any route or page can look at it: refuse it here with a 400.
 */
export function proxy(request: NextRequest) {
  if (isDecodable(request.nextUrl.pathname)) return NextResponse.next();
  const message = 'Alamat tidak valid: kode persen (%) yang rusak';
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.json({ error: message }, { status: 400 });
  return new NextResponse(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Everything but the build's own static files.
  matcher: ['/((?!_next/static|_next/image).*)'],
};

/**
 * The page's content security policy: scripts only from this app and only those Next.js marks with the request's
 * nonce (so an injected <script> does not run), no plugins, no framing, forms and links back to this app only.
 * Styles may be inline: React style props and the chart library write style attributes, which carry no script.
 * Workers only from this app: Tugas saya registers public/sw.js (a nonce cannot mark a worker, and with
 * 'strict-dynamic' script-src ignores 'self', so without worker-src the registration would be refused).
 */
export function contentSecurityPolicy({ nonce, dev }: { nonce: string; dev: boolean }): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

import createNextIntlPlugin from 'next-intl/plugin';

// Messages and formats per request, from the language cookie (i18n/request.ts); URLs carry no locale.
const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite'],
  allowedDevOrigins: ['127.0.0.1'],
  poweredByHeader: false,
  // forbidden() answers 403 with app/forbidden.tsx when a role or area does not allow a page.
  experimental: { authInterrupts: true },
  // `npm run typecheck` and lint check the whole tree in CI; the build need not do it a second time.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          // The floor for every answer; pages add a policy with a script nonce in proxy.ts (both apply).
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
        ],
      },
      {
        // API answers hold names, phones, schedules and exports: no browser or proxy may keep a copy.
        source: '/api/:path*',
        headers: [{ key: 'Cache-Control', value: 'no-store' }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import next from 'next';
import { readEnv, readServerEnv } from '@/db/env';
import { clientAddress, isDeclaredProxy } from '@/lib/auth/client-address';
import { screenRequest, type ScreenRefusal } from '@/lib/security/screen-request';

/**
 * The HTTP server `npm start` runs: Next.js behind a thin layer that knows the socket's peer, which route handlers
 * cannot see. Forwarded headers a client wrote are replaced, so rate limits and session records count the real
 * address; behind a proxy the operator declares (SIGAP_TRUST_PROXY) the proxy's X-Forwarded-For is believed.
 */
const dev = process.argv.includes('--dev');
const { PORT: port, HOST: hostname } = readEnv();
const { trustedProxies, publicOrigin } = readServerEnv();

function settleForwardedHeaders(request: IncomingMessage) {
  const peer = request.socket.remoteAddress;
  const forwarded = request.headers['x-forwarded-for'];
  request.headers['x-forwarded-for'] = clientAddress({ socketAddress: peer, forwardedFor: Array.isArray(forwarded) ? forwarded.join(',') : forwarded, trustedProxies });
  if (!isDeclaredProxy(peer, trustedProxies)) for (const name of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port']) delete request.headers[name];
}

/** A refusal made here, in the shape the app's own give: JSON `{ error }` for the API, a small page otherwise. */
function refuse(response: ServerResponse, { status, message, api, allow }: ScreenRefusal) {
  const headers = {
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    ...(allow ? { allow: allow.join(', ') } : {}),
  };
  if (api) return response.writeHead(status, { ...headers, 'content-type': 'application/json' }).end(JSON.stringify({ error: message }));
  const page = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${status}</title></head><body><h1>${status}</h1><p>${message}</p><p><a href="/">Sigap</a></p></body></html>`;
  response.writeHead(status, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(page);
}

async function main() {
  const app = next({ dev, hostname: hostname ?? 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    settleForwardedHeaders(request);
    // What Next.js would answer with a bare 500 (a broken % escape in the path, TRACE, a server action from another
    // site), or without a JSON error under /api/ (a wrong method, an unknown path), is refused here.
    const { host, origin, 'sec-fetch-site': secFetchSite, 'content-length': contentLength } = request.headers;
    const headers = { host, origin, 'sec-fetch-site': [secFetchSite].flat()[0], 'content-length': contentLength };
    const refusal = screenRequest({ method: request.method ?? 'GET', url: request.url ?? '/', headers, publicOrigin });
    if (refusal) return refuse(response, refusal);
    void handle(request, response);
  });
  server.listen(port, hostname, () => console.log(`Next.js ${dev ? '(pengembangan) ' : ''}mendengarkan di ${hostname ?? 'semua antarmuka'}:${port}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

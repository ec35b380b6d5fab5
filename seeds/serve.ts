import { createServer, type IncomingMessage } from 'node:http';
import next from 'next';
import { readEnv, readServerEnv } from '@/db/env';
import { clientAddress, isDeclaredProxy } from '@/lib/auth/client-address';

/**
 * The HTTP server `npm start` runs: Next.js behind a thin layer that knows the socket's peer, which route handlers
 * cannot see. Forwarded headers a client wrote are replaced, so rate limits and session records count the real
 * address; behind a proxy the operator declares (SIGAP_TRUST_PROXY) the proxy's X-Forwarded-For is believed.
 */
const dev = process.argv.includes('--dev');
const { PORT: port, HOST: hostname } = readEnv();
const { trustedProxies } = readServerEnv();

function settleForwardedHeaders(request: IncomingMessage) {
  const peer = request.socket.remoteAddress;
  const forwarded = request.headers['x-forwarded-for'];
  request.headers['x-forwarded-for'] = clientAddress({ socketAddress: peer, forwardedFor: Array.isArray(forwarded) ? forwarded.join(',') : forwarded, trustedProxies });
  if (!isDeclaredProxy(peer, trustedProxies)) for (const name of ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port']) delete request.headers[name];
}

async function main() {
  const app = next({ dev, hostname: hostname ?? 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((request, response) => {
    settleForwardedHeaders(request);
    void handle(request, response);
  });
  server.listen(port, hostname, () => console.log(`Next.js ${dev ? '(pengembangan) ' : ''}mendengarkan di ${hostname ?? 'semua antarmuka'}:${port}`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) is 10.0.0.1. */
function normalise(address: string): string {
  const trimmed = address.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/** True when the socket's peer is one of the proxies the operator declared. */
export function isDeclaredProxy(socketAddress: string | undefined, trustedProxies: readonly string[]): boolean {
  return socketAddress !== undefined && trustedProxies.map(normalise).includes(normalise(socketAddress));
}

/**
 * The address a request really came from, for rate limits and session records. `X-Forwarded-For` is anyone's to
 * write, so it counts only when the socket's peer is a proxy the operator declared (`SIGAP_TRUST_PROXY`); then the
 * chain is read right to left, past the declared proxies, and the first other address is the client.
 */
export function clientAddress({ socketAddress, forwardedFor, trustedProxies }: { socketAddress: string | undefined; forwardedFor: string | undefined; trustedProxies: readonly string[] }): string {
  const peer = normalise(socketAddress ?? 'unknown');
  if (!isDeclaredProxy(socketAddress, trustedProxies) || !forwardedFor) return peer;
  const trusted = new Set(trustedProxies.map(normalise));
  const chain = forwardedFor.split(',').map(normalise).filter((a) => a.length > 0 && a.length <= 64);
  for (let i = chain.length - 1; i >= 0; i--) if (!trusted.has(chain[i]!)) return chain[i]!;
  return chain[0] ?? peer;
}

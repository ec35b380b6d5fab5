import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/client-address';
import { checkWriteOrigin, isWriteMethod, servedOrigins } from '@/lib/auth/request-origin';

describe('servedOrigins', () => {
  it.each([
    // host header, public URL → origins a page of the app can have
    ['127.0.0.1:3000', null, ['http://127.0.0.1:3000', 'https://127.0.0.1:3000']],
    ['localhost:3000', 'https://sigap.bps.go.id', ['http://localhost:3000', 'https://localhost:3000', 'https://sigap.bps.go.id']],
    ['[::1]:3000', null, ['http://[::1]:3000', 'https://[::1]:3000']],
    [null, 'https://sigap.bps.go.id', ['https://sigap.bps.go.id']],
    ['evil.example/x', null, []],
    ['a b', null, []],
  ])('host %s, public %s', (host, publicOrigin, expected) => {
    expect(servedOrigins({ host, publicOrigin })).toEqual(expected);
  });
});

describe('checkWriteOrigin', () => {
  const allowed = servedOrigins({ host: '127.0.0.1:3000' });
  it.each([
    // origin, Sec-Fetch-Site → verdict
    ['http://127.0.0.1:3000', 'same-origin', 'same_origin'],
    ['http://127.0.0.1:3000', null, 'same_origin'],
    ['HTTP://127.0.0.1:3000', null, 'same_origin'],
    [null, 'same-origin', 'same_origin'],
    ['http://evil.example', null, 'foreign_origin'],
    ['http://localhost:3000', null, 'foreign_origin'],
    ['null', null, 'foreign_origin'],
    ['http://127.0.0.1:3000', 'cross-site', 'cross_site'],
    ['http://127.0.0.1:3000', 'same-site', 'cross_site'],
    [null, 'none', 'cross_site'],
    [null, null, 'no_origin'],
  ] as const)('Origin %s, Sec-Fetch-Site %s: %s', (origin, secFetchSite, verdict) => {
    expect(checkWriteOrigin({ origin, secFetchSite, allowed })).toBe(verdict);
  });

  it('treats reads as safe and everything else as a write', () => {
    expect(['GET', 'head', 'OPTIONS'].map(isWriteMethod)).toEqual([false, false, false]);
    expect(['POST', 'put', 'PATCH', 'DELETE'].map(isWriteMethod)).toEqual([true, true, true, true]);
  });
});

describe('clientAddress', () => {
  it.each([
    // socket peer, X-Forwarded-For, declared proxies → the client
    ['10.0.0.5', undefined, [], '10.0.0.5'],
    ['10.0.0.5', '1.2.3.4', [], '10.0.0.5'], // no proxy declared: a forged header changes nothing
    ['::ffff:10.0.0.5', '1.2.3.4', [], '10.0.0.5'],
    ['127.0.0.1', '1.2.3.4', ['127.0.0.1'], '1.2.3.4'],
    ['127.0.0.1', '6.6.6.6, 1.2.3.4', ['127.0.0.1'], '1.2.3.4'], // the client's own forged entry is left of the real one
    ['127.0.0.1', '1.2.3.4, 10.1.1.1', ['127.0.0.1', '10.1.1.1'], '1.2.3.4'],
    ['127.0.0.1', undefined, ['127.0.0.1'], '127.0.0.1'],
    ['10.0.0.9', '1.2.3.4', ['127.0.0.1'], '10.0.0.9'], // the peer is not the declared proxy
    [undefined, undefined, [], 'unknown'],
  ] as const)('peer %s, forwarded %s, proxies %j: %s', (socketAddress, forwardedFor, trustedProxies, expected) => {
    expect(clientAddress({ socketAddress, forwardedFor, trustedProxies })).toBe(expected);
  });
});

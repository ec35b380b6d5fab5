import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

/** Paths a client may send before any route sees them: a broken percent escape is a 400, not Next.js's bare 500. */
describe('the proxy in front of every route', () => {
  it.each([
    ['/wilayah/%E0%A4%A', 400],
    ['/perencanaan/%E0', 400],
    ['/api/tokens/%ED%A0%80', 400],
    ['/api/plans/%C0%AE/slots', 400],
    ['/wilayah/64%2E71', 200],
    ['/wilayah/%00', 200],
    ['/api/areas?q=%E0', 200],
  ])('%s: %i', async (path, status) => {
    const response = proxy(new NextRequest(`http://localhost${path}`));
    expect(response.status).toBe(status);
    if (status === 400) expect(await response.text()).toContain('kode persen');
    if (status === 200) expect(response.headers.get('x-middleware-next')).toBe('1');
  });

  it('answers an API client in JSON', async () => {
    const response = proxy(new NextRequest('http://localhost/api/areas/%E0'));
    expect(await response.json()).toEqual({ error: 'Alamat tidak valid: kode persen (%) yang rusak' });
  });
});

describe('the page policy the proxy sets', () => {
  it('gives a page a script nonce, in the request (for Next.js) and the answer', () => {
    const response = proxy(new NextRequest('http://localhost/wilayah/64.71'));
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
    expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy);
  });

  it.each([['/api/me'], ['/wilayah']])('leaves %s to its own headers when it is an API call or a prefetch', (path) => {
    const headers = path === '/wilayah' ? { 'next-router-prefetch': '1' } : undefined;
    expect(proxy(new NextRequest(`http://localhost${path}`, { headers })).headers.get('content-security-policy')).toBeNull();
  });
});

import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authedRequest, bearer, createRoleAccounts, testPassword } from './auth-env';
import { useTestDb } from './route-env';
import { POST as authPost } from '@/app/api/auth/[...all]/route';
import { POST as internalTokenRoute } from '@/app/api/internal/tokens/route';
import { POST as staffImport } from '@/app/api/staff/route';
import { GET as me } from '@/app/api/me/route';
import { DELETE as revokeRoute } from '@/app/api/tokens/[id]/route';
import { GET as listTokensRoute, POST as createTokenRoute } from '@/app/api/tokens/route';
import { createAuth } from '@/db/auth';
import { apiTokens, sessions } from '@/db/schema';
import { loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from '../db/small-frame';
import { openTestDb } from '../db/test-db';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

let accounts: Awaited<ReturnType<typeof createRoleAccounts>>;

/** Signs in through better-auth's HTTP endpoint as a browser would; returns the response. */
function signIn(username: string, password: string, ip = '10.9.8.7', site = 'http://localhost') {
  return authPost(
    new Request(`${site}/api/auth/sign-in/username`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: site, host: new URL(site).host, 'x-forwarded-for': ip },
      body: JSON.stringify({ username, password }),
    }),
  );
}

/** Signs out as a page of `site` would (or as another site's page, with `origin`). */
function signOut(cookie: string, site: string, origin = site) {
  return authPost(
    new Request(`${site}/api/auth/sign-out`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, host: new URL(site).host, cookie },
      body: '{}',
    }),
  );
}

const cookieOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
const whoAmI = async (headers: Record<string, string>) => {
  const response = await me(authedRequest('/api/me', headers));
  return { status: response.status, body: (await response.json()) as { user?: { username: string; role: string } } };
};

describe(`sign-in, sessions and tokens (${handle.label})`, () => {
  beforeAll(async () => {
    await loadAreaFrame(handle.db, smallFrame());
    accounts = await createRoleAccounts(handle.db);
  });

  it('signs in with username and password and sets an httpOnly, sameSite session cookie', async () => {
    const response = await signIn('t-koseka', testPassword);
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/sigap\.session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const { status, body } = await whoAmI({ cookie: cookieOf(response) });
    expect(status).toBe(200);
    expect(body.user).toMatchObject({ username: 't-koseka', role: 'koseka' });
  });

  it('refuses a wrong password with 401 and no cookie', async () => {
    const response = await signIn('t-koseka', 'salah-sekali', '10.0.0.1');
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toHaveLength(0);
  });

  it('rate-limits sign-in attempts from one address (the library counts them)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signIn('t-pml', 'tebakan-salah', '10.0.0.2')).status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    // another address is not held back
    expect((await signIn('t-pml', testPassword, '10.0.0.3')).status).toBe(200);
  });

  it('ends a session at its expiry', async () => {
    const cookie = cookieOf(await signIn('t-stakeholder', testPassword, '10.0.0.4'));
    expect((await whoAmI({ cookie })).status).toBe(200);
    await handle.db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.userId, accounts.stakeholder.userId));
    expect((await whoAmI({ cookie })).status).toBe(401);
  });

  it('answers 401 without a session or with a forged cookie or token', async () => {
    expect((await whoAmI({})).status).toBe(401);
    expect((await whoAmI({ cookie: 'sigap.session_token=forged.value' })).status).toBe(401);
    expect((await whoAmI(bearer('sgp_notarealtoken'))).status).toBe(401);
    expect((await whoAmI({ authorization: 'Basic abc' })).status).toBe(401);
  });

  it('lets an office head create a token for a user of the region, stored only as a hash, and revoke it', async () => {
    const created = await createTokenRoute(authedRequest('/api/tokens', bearer(accounts.office_head.token), { method: 'POST', body: JSON.stringify({ username: 't-entry-system', name: 'CAPI' }) }));
    expect(created.status).toBe(201);
    const { token, id } = (await created.json()) as { token: string; id: number };
    expect((await whoAmI(bearer(token))).body.user?.role).toBe('entry_system');
    const stored = await handle.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(stored[0]!.tokenHash).not.toContain(token.slice(4));
    expect(JSON.stringify(await (await listTokensRoute(authedRequest('/api/tokens', bearer(accounts.office_head.token)))).json())).not.toContain(token);
    const revoked = await revokeRoute(authedRequest(`/api/tokens/${id}`, bearer(accounts.office_head.token), { method: 'DELETE' }), { params: Promise.resolve({ id: String(id) }) });
    expect(revoked.status).toBe(200);
    expect((await whoAmI(bearer(token))).status).toBe(401);
  });

  it('stops honouring a token after its expiry', async () => {
    expect((await whoAmI(bearer(accounts.ppl.token))).status).toBe(200);
    await handle.db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.userId, accounts.ppl.userId));
    expect((await whoAmI(bearer(accounts.ppl.token))).status).toBe(401);
  });

  it.each([
    ['a KOSEKA', 'koseka', { username: 't-ppl', name: 'x' }, 403],
    ['an unknown user', 'office_head', { username: 'tidak-ada', name: 'x' }, 404],
    ['a malformed username', 'office_head', { username: 'A B', name: 'x' }, 422],
    ['an extra field', 'office_head', { username: 't-ppl', name: 'x', admin: true }, 422],
    ['a too long life', 'office_head', { username: 't-ppl', name: 'x', days: 1000 }, 422],
  ] as const)('refuses a token request by %s or for bad input (%s) and creates nothing', async (_what, role, body, status) => {
    const before = (await handle.db.select().from(apiTokens)).length;
    const response = await createTokenRoute(authedRequest('/api/tokens', bearer(accounts[role].token), { method: 'POST', body: JSON.stringify(body) }));
    expect(response.status).toBe(status);
    expect((await handle.db.select().from(apiTokens)).length).toBe(before);
  });

  it.each(['http://127.0.0.1:3000', 'http://localhost:3000'])('signs out at %s, where the app is served, and the session ends', async (site) => {
    const cookie = cookieOf(await signIn('t-office-head', testPassword, '10.1.0.1', site));
    expect((await whoAmI({ cookie })).status).toBe(200);
    expect((await signOut(cookie, site)).status).toBe(200);
    expect((await whoAmI({ cookie })).status).toBe(401);
  });

  it('refuses a sign-out from another site and keeps the session', async () => {
    const cookie = cookieOf(await signIn('t-office-head', testPassword, '10.1.0.2'));
    expect((await signOut(cookie, 'http://localhost', 'http://evil.example')).status).toBe(403);
    expect((await whoAmI({ cookie })).status).toBe(200);
  });

  it.each(['/api/auth/update-user', '/api/auth/sign-up/email', '/api/auth/change-password', '/api/auth/list-sessions'])('answers 404 for the unused auth endpoint %s', async (path) => {
    const cookie = cookieOf(await signIn('t-ppl', testPassword, '10.1.0.3'));
    const response = await authPost(
      new Request(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie }, body: JSON.stringify({ name: '=HYPERLINK("x")' }) }),
    );
    expect(response.status).toBe(404);
    expect((await whoAmI({ cookie })).body.user?.username).toBe('t-ppl');
  });

  it.each([
    ['an extra field', JSON.stringify({ username: 't-ppl', password: testPassword, rememberMe: true, callbackURL: 'http://evil.example' }), 'application/json', 422],
    ['a non-string password', JSON.stringify({ username: 't-ppl', password: 12345678 }), 'application/json', 422],
    ['a text body', `username=t-ppl&password=${testPassword}`, 'text/plain', 415],
  ])('refuses a sign-in body with %s', async (_what, body, type, status) => {
    const response = await authPost(new Request('http://localhost/api/auth/sign-in/username', { method: 'POST', headers: { 'content-type': type, origin: 'http://localhost', 'x-forwarded-for': '10.1.0.4' }, body }));
    expect(response.status).toBe(status);
    expect(response.headers.getSetCookie()).toHaveLength(0);
  });

  // POST /api/auth/sign-in/username with a 150 kB chunked body got no answer: the route read a clone of the body
  // past its limit while the original, unread, held the stream still.
  it('answers 413 to a sign-in body past the limit that comes without a length, in chunks', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(1000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({ pull: (c) => (sent++ < 150 ? c.enqueue(chunk) : c.close()) }, { highWaterMark: 0 });
    const request = new Request('http://localhost/api/auth/sign-in/username', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://localhost', 'x-forwarded-for': '10.1.0.6' }, body, duplex: 'half' } as RequestInit);
    const answer = await Promise.race([authPost(request), new Promise<null>((resolve) => setTimeout(() => resolve(null), 5000))]);
    expect(answer?.status).toBe(413);
  });

  it('refuses cookie-carried writes from another site, or without an Origin, and writes nothing', async () => {
    const cookie = cookieOf(await signIn('t-office-head', testPassword, '10.1.0.5'));
    const tokensBefore = (await handle.db.select().from(apiTokens)).length;
    const foreign = { cookie, origin: 'http://evil.example' };
    const attempts = [
      createTokenRoute(authedRequest('/api/tokens', foreign, { method: 'POST', body: JSON.stringify({ username: 't-entry-system', name: 'x' }), contentType: 'text/plain' })),
      createTokenRoute(authedRequest('/api/tokens', { cookie, 'sec-fetch-site': 'cross-site' }, { method: 'POST', body: JSON.stringify({ username: 't-entry-system', name: 'x' }) })),
      createTokenRoute(authedRequest('/api/tokens', { cookie }, { method: 'POST', body: JSON.stringify({ username: 't-entry-system', name: 'x' }) })),
      revokeRoute(authedRequest('/api/tokens/1', foreign, { method: 'DELETE' }), { params: Promise.resolve({ id: '1' }) }),
      staffImport(new NextRequest(authedRequest('/api/staff', foreign, { method: 'POST', body: 'name,role,phone,home_village_code\nA,ppl,,64.71.01.1001\n', contentType: 'text/plain' }))),
    ];
    expect((await Promise.all(attempts)).map((r) => r.status)).toEqual([403, 403, 403, 403, 403]);
    expect((await handle.db.select().from(apiTokens)).length).toBe(tokensBefore);
    expect((await handle.db.select().from(apiTokens).where(eq(apiTokens.id, 1)))[0]?.revokedAt ?? null).toBeNull();
    // the same write from the app's own page goes through
    const own = await createTokenRoute(authedRequest('/api/tokens', { cookie, origin: 'http://localhost' }, { method: 'POST', body: JSON.stringify({ username: 't-entry-system', name: 'x' }) }));
    expect(own.status).toBe(201);
  });

  it('requires JSON on a JSON route, also from a machine', async () => {
    const response = await createTokenRoute(authedRequest('/api/tokens', bearer(accounts.office_head.token), { method: 'POST', body: JSON.stringify({ username: 't-entry-system', name: 'x' }), contentType: 'text/plain' }));
    expect(response.status).toBe(415);
  });

  it('gives a token without days a 90-day life', async () => {
    const created = await createTokenRoute(authedRequest('/api/tokens', bearer(accounts.office_head.token), { method: 'POST', body: JSON.stringify({ username: 't-entry-system', name: 'tanpa hari' }) }));
    const { expiresAt } = (await created.json()) as { expiresAt: string };
    const days = (new Date(expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(90.1);
  });

  it.each(['99999999999', '1e3', '-1', 'abc'])('answers 422, not 500, to a token id %s', async (id) => {
    const response = await revokeRoute(authedRequest(`/api/tokens/${id}`, bearer(accounts.office_head.token), { method: 'DELETE' }), { params: Promise.resolve({ id }) });
    expect(response.status).toBe(422);
  });

  it('answers 401, not 500, to a CLI key of the right length with a non-ASCII byte', async () => {
    process.env.SIGAP_CLI_KEY = 'k'.repeat(43);
    try {
      const response = await internalTokenRoute(new Request('http://localhost/api/internal/tokens', { method: 'POST', headers: { 'content-type': 'application/json', 'x-sigap-cli-key': `${'k'.repeat(42)}\u00e9` }, body: JSON.stringify({ username: 't-ppl', name: 'x' }) }));
      expect(response.status).toBe(401);
    } finally {
      delete process.env.SIGAP_CLI_KEY;
    }
  });

  it('names the cookie __Secure-sigap.session_token, Secure, when published over https', async () => {
    const auth = createAuth({ db: handle.db, secret: 'test-auth-secret-that-is-long-enough-0123456789', publicOrigin: 'https://sigap.example' });
    const response = await auth.handler(
      new Request('https://sigap.example/api/auth/sign-in/username', {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://sigap.example', 'x-forwarded-for': '10.1.0.9' },
        body: JSON.stringify({ username: 't-ppl', password: testPassword }),
      }),
    );
    const setCookie = response.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/^__Secure-sigap\.session_token=.*; Secure/im);
  });
});

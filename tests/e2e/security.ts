import { request as httpRequest } from 'node:http';
import type { Browser } from 'playwright-core';
import { signIn } from './accounts';
import { expect, newContext } from './harness';

/** The session cookie of a browser context, as a Cookie header for plain HTTP probes. */
async function cookieHeader(context: Awaited<ReturnType<Browser['newContext']>>) {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/**
 * What the hardening issue found, tried against the running app: sign-out at both addresses `npm start` answers,
 * the sign-in redirect, writes from other sites, headers on personal data and pages.
 */
export function securityCases(browser: Browser, url: string) {
  const localhostUrl = url.replace('127.0.0.1', 'localhost');
  return [
    ...[url, localhostUrl].map((site) => ({
      name: `signing out at ${new URL(site).hostname} ends the session (/api/me answers 401 afterwards)`,
      fn: async () => {
        const context = await newContext(browser);
        const page = await context.newPage();
        await signIn(page, site, 'koseka');
        expect((await page.request.get(`${site}/api/me`)).status() === 200, 'signed in');
        await page.click('[data-testid=sign-out]');
        await page.waitForURL('**/masuk');
        const after = await page.request.get(`${site}/api/me`);
        expect(after.status() === 401, `after sign-out /api/me answered ${after.status()}`);
        await context.close();
      },
    })),
    {
      name: 'signed in, the sign-in page follows only same-origin paths; other sites cannot write with the cookie',
      fn: async () => {
        const context = await newContext(browser);
        const page = await context.newPage();
        await signIn(page, url, 'kepala');
        const cookie = await cookieHeader(context);
        for (const [next, expected] of [['/%5Cevil.example', '/'], ['//evil.example', '/'], ['/perencanaan', '/perencanaan']] as const) {
          const response = await fetch(`${url}/masuk?lanjut=${next}`, { headers: { cookie }, redirect: 'manual' });
          const location = response.headers.get('location') ?? '';
          expect(response.status >= 300 && response.status < 400 && new URL(location, url).href === `${url}${expected}`, `lanjut=${next} went to ${location}`);
        }
        const foreign = { cookie, origin: 'http://evil.example', 'content-type': 'text/plain' };
        const writes = await Promise.all([
          fetch(`${url}/api/tokens`, { method: 'POST', headers: foreign, body: JSON.stringify({ username: 'entri', name: 'x' }) }),
          fetch(`${url}/api/tokens/1`, { method: 'DELETE', headers: foreign }),
          fetch(`${url}/api/staff`, { method: 'POST', headers: foreign, body: 'name,role,phone,home_village_code\nX,ppl,,64.71.01.1001\n' }),
          fetch(`${url}/api/plans/1/roster`, { method: 'POST', headers: foreign }),
          fetch(`${url}/api/auth/update-user`, { method: 'POST', headers: { cookie, origin: url, 'content-type': 'application/json' }, body: JSON.stringify({ name: '=HYPERLINK("x")' }) }),
        ]);
        expect(JSON.stringify(writes.map((r) => r.status)) === '[403,403,403,403,404]', `writes answered ${writes.map((r) => r.status).join(',')}`);
        const staff = await fetch(`${url}/api/staff`, { headers: { cookie } });
        expect(staff.headers.get('cache-control') === 'no-store', `roster cache-control: ${staff.headers.get('cache-control')}`);
        const home = await fetch(`${url}/`, { headers: { cookie } });
        const csp = home.headers.get('content-security-policy') ?? '';
        expect(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/.test(csp), `page CSP: ${csp}`);
        await context.close();
      },
    },
  ];
}

/** A POST from a chosen loopback address (all of 127/8 reaches the app), so one case's tries spend only its own allowance. */
function postFrom(localAddress: string, url: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: 'POST', headers, localAddress }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A forged X-Forwarded-For on each try must not reset the sign-in count, since no proxy was declared. */
export function rateLimitCases(url: string) {
  return [
    {
      name: 'the sign-in limit holds when every try forges another X-Forwarded-For',
      fn: async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 7; i++) {
          const headers = { 'content-type': 'application/json', origin: url, 'x-forwarded-for': `203.0.113.${i + 1}` };
          statuses.push(await postFrom('127.0.0.77', `${url}/api/auth/sign-in/username`, headers, JSON.stringify({ username: 'kepala', password: 'tebakan-salah' })));
        }
        expect(statuses.slice(0, 5).every((s) => s === 401) && statuses.at(-1) === 429, `statuses ${statuses.join(',')}`);
      },
    },
  ];
}

import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, newContext, screenshotDir } from './harness';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

/** Signs in through the sign-in form as a person would. */
export async function signIn(page: Page, url: string, username: string, password = 'regsosek2022') {
  await page.goto(`${url}/masuk`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await page.click('[data-testid=sign-in-form] button[type=submit]');
  await page.waitForSelector('[data-testid=who]');
}

/** Signing in: anonymous visitors land on the sign-in page, which lists the demo accounts while the demo runs. */
export function signInCases(page: Page, url: string) {
  return [
    {
      name: 'an anonymous visitor is sent to the sign-in page, which lists the demo accounts; a wrong password is refused',
      fn: async () => {
        await page.goto(`${url}/wilayah`);
        await page.waitForURL(/\/masuk\?lanjut=%2Fwilayah/);
        const demo = await page.textContent('[data-testid=demo-accounts]');
        for (const name of ['kepala', 'koseka', 'pml', 'ppl', 'pemantau', 'entri']) expect(demo?.includes(name), `demo account ${name} missing`);
        const api = await page.request.get(`${url}/api/plans`);
        expect(api.status() === 401, `anonymous API call: ${api.status()}`);
        await page.fill('input[name=username]', 'kepala');
        await page.fill('input[name=password]', 'bukan-sandinya');
        await page.click('[data-testid=sign-in-form] button[type=submit]');
        await page.waitForSelector('[role=alert]');
        await shot(page, '00-masuk');
      },
    },
    {
      name: 'the office head signs in and returns to the page asked for',
      fn: async () => {
        await page.fill('input[name=password]', 'regsosek2022');
        await page.click('[data-testid=sign-in-form] button[type=submit]');
        await page.waitForURL('**/wilayah');
        const who = await page.textContent('[data-testid=who]');
        expect(who?.includes('Kepala BPS'), `signed-in name missing: ${who}`);
      },
    },
  ];
}

/** Names and phones the stakeholder must never see: the demo roster people and the roster uploaded earlier. */
const personal = ['Rina Wulandari', 'Agus Setiawan', 'Siti Rahma', 'Yusuf Kambu', 'perlu direkrut'];
const phone = /(\+62|\b0)8\d{2}[ -]?\d{3,4}[ -]?\d{3,4}/;

/** A stakeholder walks every page it can reach and finds aggregates only. */
export function stakeholderCases(browser: Browser, url: string) {
  return [
    {
      name: 'a stakeholder reaches only aggregate pages and finds no names, phones or per-PPL rows on any of them',
      fn: async () => {
        const context = await newContext(browser);
        const page = await context.newPage();
        await signIn(page, url, 'pemantau');
        const seen = new Set<string>();
        const queue = ['/', '/wilayah', '/wilayah/64.71', '/wilayah/64.71.01', '/wilayah/64.71.01.1001', '/cakupan'];
        while (queue.length > 0 && seen.size < 40) {
          const next = queue.shift()!;
          if (seen.has(next)) continue;
          seen.add(next);
          const response = await page.goto(`${url}${next}`);
          const text = (await page.textContent('body')) ?? '';
          if (response?.status() === 403) continue;
          for (const word of personal) expect(!text.includes(word), `${next} shows "${word}"`);
          expect(!phone.test(text), `${next} shows a phone number`);
          // follow the links a stakeholder is offered (inside the app, no downloads)
          for (const href of await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
            if (!href.startsWith('/api/') && !seen.has(href)) queue.push(href);
          }
        }
        expect(seen.size >= 6, `walked only ${seen.size} pages`);
        await page.goto(`${url}/wilayah/64.71`);
        await shot(page, '20-pemantau-wilayah');
        for (const blocked of ['/perencanaan', '/petugas', '/pemantauan']) {
          const response = await page.goto(`${url}${blocked}`);
          expect(response?.status() === 403, `${blocked} should be 403 for a stakeholder, got ${response?.status()}`);
        }
        for (const api of ['/api/staff', '/api/plans', '/api/plans/1/slots', '/api/plans/1/export']) {
          const response = await page.request.get(`${url}${api}`);
          expect(response.status() === 403, `${api} should be 403 for a stakeholder, got ${response.status()}`);
        }
        const outside = await page.goto(`${url}/wilayah/96.71`);
        expect(outside?.status() === 403, `another region should be 403, got ${outside?.status()}`);
        await context.close();
      },
    },
  ];
}

/** `npm run token` while the app holds the embedded database: the CLI asks the app, and the token works. */
export function tokenCliCases(page: Page, url: string, pgliteDir: string) {
  return [
    {
      name: 'npm run token makes a bearer token while the app runs, without opening its database',
      fn: async () => {
        const out = execFileSync(process.execPath, ['--import', 'tsx', 'seeds/cli/token.ts', '--user', 'entri', '--name', 'CAPI uji'], {
          env: { ...process.env, PGLITE_DIR: pgliteDir, DATABASE_URL: '' },
          encoding: 'utf8',
        });
        const token = out.trim();
        expect(/^sgp_[\w-]{40,}$/.test(token), `not a token: ${out}`);
        const me = await page.request.get(`${url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
        const body = (await me.json()) as { user?: { role: string } };
        expect(me.status() === 200 && body.user?.role === 'entry_system', `token should act as entri: ${me.status()}`);
        const refused = await page.request.get(`${url}/api/staff`, { headers: { authorization: `Bearer ${token}` } });
        expect(refused.status() === 403, `an entry system may not read the roster: ${refused.status()}`);
      },
    },
  ];
}

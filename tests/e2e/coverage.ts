import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { signIn } from './accounts';
import { expect, newContext, screenshotDir } from './harness';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

/** Opens the first child of the children table and waits for its page: the drill-down a stakeholder clicks. */
async function openFirstChild(page: Page): Promise<string> {
  const link = page.locator('[data-testid=children-table] tbody a').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await page.waitForURL((u) => `${u.pathname}${u.search}` === href);
  await page.waitForSelector('[data-testid=coverage-cards]');
  return new URLSearchParams(href.split('?')[1]).get('area')!;
}

/**
 * Cakupan as a stakeholder: cards and charts for the kota, then down to a kecamatan and a village by clicks. Figures
 * are not assumed (the demo may hold no interview records yet); the page must answer without a 5xx at every step.
 */
export function coverageCases(browser: Browser, url: string) {
  return [
    {
      name: 'a stakeholder opens Cakupan for the kota and drills down to a kecamatan and a village',
      fn: async () => {
        const context = await newContext(browser);
        const page = await context.newPage();
        const failures: string[] = [];
        page.on('response', (r) => {
          if (r.status() >= 500) failures.push(`${r.status()} ${r.url()}`);
        });
        await signIn(page, url, 'pemantau');
        const response = await page.goto(`${url}/cakupan`);
        expect(response?.status() === 200, `/cakupan should answer 200, got ${response?.status()}`);
        await page.waitForSelector('[data-testid=coverage-cards]');
        expect((await page.textContent('h1'))?.includes('64.71'), 'the stakeholder’s own kota should be the default area');
        expect((await page.textContent('[data-testid=percent]'))?.includes('%'), 'a percent card');
        expect(['Sesuai rencana', 'Tertinggal', 'Selesai'].includes((await page.textContent('[data-testid=status]'))?.trim() ?? ''), 'a worded status');
        await page.waitForSelector('[data-testid=burn-up-chart] .recharts-line');
        await shot(page, '30-cakupan-kota');
        const district = await openFirstChild(page);
        expect(/^64\.71\.\d{2}$/.test(district), `a kecamatan of 64.71, got ${district}`);
        const village = await openFirstChild(page);
        expect(village.startsWith(`${district}.`) && village.split('.').length === 4, `a village of ${district}, got ${village}`);
        expect((await page.textContent('[data-testid=coverage-crumbs]'))?.includes('Balikpapan'), 'crumbs up to the kota');
        await page.waitForSelector('[data-testid=children-table]');
        await shot(page, '31-cakupan-desa');
        // Sorting by a header reorders without leaving the page.
        await page.locator('[data-testid=children-table] thead button').nth(2).click();
        await page.waitForSelector('[data-testid=children-table] th[aria-sort=ascending]');
        // The as-of picker navigates to the chosen date.
        await page.fill('#as-of', '2022-10-20');
        await page.click('form.search button[type=submit]');
        await page.waitForURL(`**/cakupan?area=${village}&asOf=2022-10-20`);
        await page.waitForSelector('[data-testid=coverage-cards]');
        // The API the page polls answers as well.
        const api = await page.request.get(`${url}/api/coverage?area=${village}&asOf=2022-10-20`);
        expect(api.status() === 200, `GET /api/coverage should answer 200, got ${api.status()}`);
        // A phone-wide screen: the page itself does not scroll sideways (tables scroll in their box).
        await page.setViewportSize({ width: 390, height: 844 });
        await page.goto(`${url}/cakupan?area=64.71`);
        await page.waitForSelector('[data-testid=burn-up-chart] .recharts-line');
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide <= 392, `the page is ${wide} px wide at 390`);
        await shot(page, '32-cakupan-390');
        await page.setViewportSize({ width: 1280, height: 900 });
        // Ringkasan offers the way in; a bad query is a 404 page, another region a 403.
        await page.goto(`${url}/`);
        await page.click('a[href="/cakupan?area=64.71"]');
        await page.waitForSelector('[data-testid=coverage-cards]');
        for (const [path, status] of [['/cakupan?area=abc', 404], ['/cakupan?asOf=2022-13-01', 404], ['/cakupan?area=96.71', 403]] as const) {
          const answer = await page.goto(`${url}${path}`);
          expect(answer?.status() === status, `${path} should be ${status}, got ${answer?.status()}`);
        }
        expect(failures.length === 0, `5xx answers: ${failures.join(', ')}`);
        await context.close();
      },
    },
  ];
}

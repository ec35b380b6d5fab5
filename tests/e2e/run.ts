import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, launchBrowser, newContext, runCases, screenshotDir, startApp } from './harness';
import { signInCases, stakeholderCases, tokenCliCases } from './accounts';
import { coverageCases } from './coverage';
import { fieldworkCases } from './fieldwork';
import { pagesMatrixCases } from './pages-matrix';
import { languageCases } from './languages';
import { monitoringCases } from './monitoring';
import { charterCases } from './charters';
import { planningCases, rosterCases } from './planning';
import { replayCases } from './replay';
import { rateLimitCases, securityCases } from './security';
import { tugasSayaCases } from './tugas-saya';

/**
 * Browser tests against the built app on a fresh embedded database: what a new user sees after `npm start`.
 * Screenshots are left in test-results/screenshots.
 */
async function main() {
  console.log('Menyalakan aplikasi (PGlite baru, memuat kerangka wilayah) ...');
  const app = await startApp();
  const browser = await launchBrowser();
  const page: Page = await (await newContext(browser)).newPage();
  const shot = (name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  const ok = await runCases([
    ...signInCases(page, app.url),
    {
      name: 'home page shows the operation, the full frame and the demo regions in Indonesian',
      fn: async () => {
        await page.goto(app.url);
        await page.waitForSelector('text=Ringkasan');
        const body = await page.textContent('body');
        expect(body?.includes('Regsosek 2022'), 'operation name missing');
        expect(body?.includes('Kota Balikpapan') && body.includes('Kabupaten Kepulauan Meranti'), 'demo regions missing');
        expect((await page.textContent('[data-testid=frame-villages]'))?.trim() === '83.762', 'frame should count 83.762 villages');
        expect((await page.locator('html').getAttribute('lang')) === 'id', 'html lang should be id');
        await page.waitForSelector('.recharts-bar-rectangle');
        await shot('01-ringkasan');
      },
    },
    {
      name: 'area browser drills down to Kota Sorong: 10 districts and 41 villages',
      fn: async () => {
        await page.goto(`${app.url}/wilayah`);
        await page.click('text=Papua Barat Daya');
        await page.click('text=Kota Sorong');
        await page.waitForURL('**/wilayah/96.71');
        expect((await page.textContent('[data-testid=child-count]'))?.trim() === '10', 'Kota Sorong should have 10 districts');
        const footer = await page.textContent('[data-testid=area-table] tfoot');
        expect(footer?.includes('(10)') && footer.includes('41'), `footer should sum 41 villages, got: ${footer}`);
        await shot('02-kota-sorong');
      },
    },
    {
      name: 'drilling to a village shows its SLS with family targets and access',
      fn: async () => {
        await page.goto(`${app.url}/wilayah/65.02.04`);
        await page.click('text=Long Sule');
        await page.waitForURL('**/wilayah/65.02.04.2003');
        const table = await page.textContent('[data-testid=area-table]');
        expect(table?.includes('65.02.04.2003.0001'), 'SLS codes missing');
        expect(table?.includes('Pesawat'), 'Long Sule should be reached by plane');
        await shot('03-long-sule-sls');
      },
    },
    {
      name: 'search box finds an area by name with live suggestions, and by code',
      fn: async () => {
        await page.goto(`${app.url}/wilayah`);
        await page.fill('input[name=q]', 'Balikpap');
        await page.waitForSelector('[data-testid=suggestions] >> text=Kota Balikpapan');
        await shot('04-search-suggestions');
        await page.goto(`${app.url}/wilayah?q=91.71`);
        const results = await page.textContent('[data-testid=search-results]');
        expect(results?.includes('Kota Jayapura'), 'code search should find Kota Jayapura');
      },
    },
    {
      name: 'the English switch translates the interface and back',
      fn: async () => {
        await page.goto(`${app.url}/wilayah/64.71`);
        await page.click('[data-testid=lang-switch]');
        await page.waitForSelector('text=Family target');
        expect((await page.locator('html').getAttribute('lang')) === 'en', 'html lang should be en');
        await shot('05-english');
        await page.click('[data-testid=lang-switch]');
        await page.waitForSelector('text=Target keluarga');
      },
    },
    {
      name: 'an unknown area is a 404 page, a malformed code a 422 from the API',
      fn: async () => {
        const missing = await page.goto(`${app.url}/wilayah/99.99`);
        expect(missing?.status() === 404, `expected 404, got ${missing?.status()}`);
        const bad = await page.request.get(`${app.url}/api/areas/abc`);
        expect(bad.status() === 422, `expected 422, got ${bad.status()}`);
        expect(!(await bad.text()).includes('at '), 'no stack trace in errors');
      },
    },
    ...planningCases(page, app.url),
    ...rosterCases(page, app.url),
    ...charterCases(page, app.url),
    ...languageCases(browser, app.url),
    ...stakeholderCases(browser, app.url),
    ...coverageCases(browser, app.url),
    ...tugasSayaCases(browser, app.url),
    ...monitoringCases(browser, app.url),
    ...fieldworkCases(browser, app.url),
    ...tokenCliCases(page, app.url, app.pgliteDir),
    ...securityCases(browser, app.url),
    ...replayCases(app.url),
    // Last: its plans and roster fill must not become the newest plan the roster cases above staff.
    ...pagesMatrixCases(app.url),
    ...rateLimitCases(app.url),
  ]);
  await browser.close();
  await app.stop();
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

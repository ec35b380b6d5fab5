import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, screenshotDir } from './harness';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
const rupiah = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** Plans a kecamatan from the form and answers the new plan's id. */
async function planFromForm(page: Page, url: string, { area, name, pooling }: { area: string; name: string; pooling: boolean }): Promise<string> {
  await page.goto(`${url}/perencanaan`);
  await page.fill('input[name=areaCode]', area);
  await page.fill('input[name=name]', name);
  if (!pooling) await page.uncheck('input[name=charterPooling]');
  await page.click('[data-testid=plan-form] button[type=submit]');
  await page.waitForURL(/\/perencanaan\/\d+$/);
  await page.waitForSelector('[data-testid=plan-ppl]', { timeout: 60_000 });
  return page.url().split('/').pop()!;
}

/** Charter pooling as an office head sees it: Krayan Barat (65.03.19, 25 plane villages) pooled, then without pooling, side by side. */
export function charterCases(page: Page, url: string) {
  const ids: { pooled?: string; unpooled?: string } = {};
  return [
    {
      name: 'plans Krayan Barat with pooled charters: trips as routes, each village\'s trips and PML, pooled against unpooled',
      fn: async () => {
        ids.pooled = await planFromForm(page, url, { area: '65.03.19', name: 'Krayan gabung', pooling: true });
        const routes = await page.locator('[data-testid=trip-routes] tbody tr').count();
        expect(routes > 5, `trips listed as routes: ${routes}`);
        const route = await page.textContent('[data-testid=trip-routes] tbody tr:first-child td.route');
        expect(route?.startsWith('Pangkalan →') && route.trim().endsWith('→ Pangkalan'), `a route runs base → villages → base: ${route}`);
        const cost = await page.locator('[data-testid=pooling-figures] tr[data-key=chartersRupiah] td').allTextContents();
        expect(rupiah(cost[0]!) * 2 <= rupiah(cost[1]!), `pooled charters at most half the unpooled: ${cost.join(' | ')}`);
        const villages = await page.locator('[data-testid=village-logistics] tbody tr').count();
        expect(villages === 25, `each of the 25 plane villages: ${villages}`);
        expect((await page.textContent('[data-testid=village-logistics]'))?.includes('tinggal bersama tim'), 'PML staying with their team');
        await shot(page, '40-charter-trips');
      },
    },
    {
      name: 'the charter calendar opens a trip to its stops and passengers, and reads at 390 px',
      fn: async () => {
        const trip = page.locator('[data-testid=trip-calendar] details').first();
        await trip.locator('summary').click();
        const opened = await trip.locator('table').textContent();
        expect(opened?.includes('PPL 65.03.19-') && opened.includes('PML 65.03.19-'), `a trip in shows who gets off where: ${opened}`);
        await trip.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(screenshotDir, '41-charter-calendar.png') });
        await page.setViewportSize({ width: 390, height: 844 });
        await page.waitForTimeout(500); // the district chart follows the new width
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        // the widest elements that are not inside a scrolling box, to name what widens the page
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll('main *')]
            .filter((e) => e.getBoundingClientRect().right > 392 && !e.closest('.table-scroll') && !(e.parentElement!.getBoundingClientRect().right > 392))
            .slice(0, 8)
            .map((e) => `${e.tagName.toLowerCase()}.${e.className}[${e.getAttribute('data-testid') ?? ''}] ${Math.round(e.getBoundingClientRect().right)}`),
        );
        expect(width <= 390, `nothing widens the page at 390 px: ${width} (${wide.join('; ')})`);
        await shot(page, '42-charter-trips-390');
        // the parts a reader checks on a phone, as they show there
        await page.locator('[data-testid=pooling-figures]').screenshot({ path: path.join(screenshotDir, '43-charter-saving-390.png') });
        await page.locator('[data-testid=trip-calendar] .trip-day').first().screenshot({ path: path.join(screenshotDir, '43-charter-calendar-390.png') });
        await page.locator('[data-testid=trip-routes]').screenshot({ path: path.join(screenshotDir, '43-charter-routes-390.png') });
        await page.setViewportSize({ width: 1280, height: 900 });
      },
    },
    {
      name: 'the charter trips export as a sheet of routes',
      fn: async () => {
        const csv = await (await page.request.get(`${url}/api/plans/${ids.pooled}/export?format=csv&sheet=perjalanan`)).text();
        const [header, ...rows] = csv.trim().split('\n');
        expect(header!.startsWith('perjalanan,kecamatan,moda,jenis,berangkat,kembali,rute'), `trip sheet header: ${header}`);
        expect(rows.length > 5 && rows[0]!.includes('Pangkalan →'), `trip rows with routes: ${rows[0]}`);
      },
    },
    {
      name: 'the same kecamatan without charter pooling compares side by side with the pooled plan',
      fn: async () => {
        ids.unpooled = await planFromForm(page, url, { area: '65.03.19', name: 'Krayan tanpa gabung', pooling: false });
        await page.goto(`${url}/perencanaan/banding?a=${ids.unpooled}&b=${ids.pooled}`);
        await page.waitForSelector('[data-testid=compare-table]');
        const charters = await page.textContent('[data-testid=compare-table] tbody tr:has(th:text-is("Carter"))');
        expect(charters?.includes('-'), `pooling lowers the charter cost: ${charters}`);
        expect(await page.isVisible('[data-testid=compare-table] tr:has(th:text-is("Perjalanan carter"))'), 'trips compared');
        expect(await page.isVisible('[data-testid=compare-pooling-B]'), 'the pooled plan against its own unpooled plan');
        await shot(page, '44-charter-compare');
      },
    },
      {
      name: 'the Kalimantan Utara plan reads well: sections to jump to, kabupaten subtotals, a kecamatan chart by rows, trips filtered by kecamatan, mode and date',
      fn: async () => {
        const list = (await (await page.request.get(`${url}/api/plans`)).json()) as { plans: { id: number; areaCode: string; adopted: boolean }[] };
        const kaltara = list.plans.find((p) => p.areaCode === '65' && p.adopted);
        expect(kaltara !== undefined, 'the demo adopted a plan for Kalimantan Utara');
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`${url}/perencanaan/${kaltara!.id}`);
        const sections = await page.locator('[data-testid=plan-sections] a').allTextContents();
        expect(sections.join('|') === 'Ringkasan|Anggaran|Kecamatan|Tim|Carter', `jump links: ${sections.join('|')}`);
        await page.screenshot({ path: path.join(screenshotDir, '45-kaltara-plan-top.png') });
        await page.locator('[data-testid=district-chart]').screenshot({ path: path.join(screenshotDir, '45-kaltara-district-chart.png') });
        await page.click('[data-testid=plan-sections] a[href="#carter"]');
        await page.waitForFunction(() => location.hash === '#carter');
        expect((await page.getAttribute('[data-testid=district-chart]', 'data-layout')) === 'rows', 'a province of 55 kecamatan gets a chart by rows');
        const subtotals = await page.locator('[data-testid=regency-subtotal]').allTextContents();
        expect(subtotals.length === 5 && subtotals.some((r) => r.includes('Jumlah Kabupaten Malinau')), `a subtotal per kabupaten: ${subtotals.map((r) => r.slice(0, 30)).join(' | ')}`);
        const count = async () => page.textContent('[data-testid=trip-filter-count]');
        const all = await count();
        const rows = await page.locator('[data-testid=trip-routes] tbody tr').count();
        await page.selectOption('[data-testid=trip-filter-mode]', 'boat');
        const boats = await page.locator('[data-testid=trip-routes] tbody tr').count();
        expect(boats > 0 && boats < rows, `boat trips only: ${boats} of ${rows} (${await count()}, before ${all})`);
        const firstDistrict = await page.locator('[data-testid=trip-filter-district] option').nth(1).getAttribute('value');
        await page.selectOption('[data-testid=trip-filter-district]', firstDistrict!);
        await page.fill('[data-testid=trip-filter-date]', '2022-11-14');
        const routes = await page.locator('[data-testid=trip-routes] tbody tr td:first-child').allTextContents();
        expect(routes.every((r) => r.includes(firstDistrict!)), `only that kecamatan's trips: ${routes.join(' | ')}`);
        await page.selectOption('[data-testid=trip-filter-mode]', '');
        await page.selectOption('[data-testid=trip-filter-district]', '');
        await page.fill('[data-testid=trip-filter-date]', '');
        await shot(page, '45-kaltara-plan');
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(height < 12_000, `long lists scroll inside their boxes: the page is ${height} px tall`);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.reload();
        await page.waitForTimeout(500);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width <= 390, `the Kalimantan Utara plan at 390 px: scroll width ${width}`);
        await shot(page, '46-kaltara-plan-390');
        await page.setViewportSize({ width: 1280, height: 900 });
      },
    },
    {
      name: 'a plan whose workloads changed after it was saved says which villages and since when, and offers to plan again',
      fn: async () => {
        const village = '65.03.19.2001';
        type Sls = { code: string; families: number; accessModes: string[]; travelDaysOneWay?: number; localStaff?: boolean };
        const sls = ((await (await page.request.get(`${url}/api/areas/${village}`)).json()) as { children: Sls[] }).children;
        // the same SLS, families and access again: the import changes nothing but is still a change to report
        const rows = sls.map((c) => `${village},${c.code},${c.families},${c.accessModes[0]},${c.travelDaysOneWay ?? 0},${c.localStaff ? 'yes' : 'no'}`);
        const csv = ['village_code,sls_code,families,access_mode,travel_days_one_way,local_staff', ...rows].join('\n');
        const posted = await page.request.post(`${url}/api/workloads`, { headers: { origin: url, 'content-type': 'text/csv' }, data: csv });
        expect(posted.status() === 201, `workload import: ${posted.status()} ${await posted.text()}`);
        await page.goto(`${url}/perencanaan/${ids.pooled}`);
        const notice = await page.textContent('[data-testid=workloads-changed]');
        expect(notice?.includes('1 desa') === true, `notice: ${notice}`);
        await page.click('[data-testid=workloads-changed] a');
        await page.waitForURL('**/perencanaan?area=65.03.19');
      },
    },
];
}

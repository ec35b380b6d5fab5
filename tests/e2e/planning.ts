import path from 'node:path';
import type { Page } from 'playwright-core';
import { xlsxContentType } from '@/db/files/read-table-file';
import { workbookOf } from '../db/files/workbook-of';
import { expect, screenshotDir } from './harness';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });

const num = (text: string | null) => Number((text ?? '').replace(/\./g, '').replace(',', '.'));

/** The planner as an office head uses it: a scenario for Kota Sorong, its teams and schedule, exports, comparison. */
export function planningCases(page: Page, url: string) {
  return [
    {
      name: 'plans Kota Sorong from the form, with progress, and shows staffing near the reported 321',
      fn: async () => {
        await page.goto(`${url}/perencanaan`);
        await page.fill('input[name=areaCode]', '96.71');
        await page.fill('input[name=name]', 'Sorong dasar');
        await page.click('[data-testid=plan-form] button[type=submit]');
        await page.waitForURL(/\/perencanaan\/\d+$/);
        await page.waitForSelector('[data-testid=plan-ppl]', { timeout: 60_000 });
        const ppl = num(await page.textContent('[data-testid=plan-ppl]'));
        const pml = num(await page.textContent('[data-testid=plan-pml]'));
        const koseka = num(await page.textContent('[data-testid=plan-koseka]'));
        // 62,000 estimated families / (10 x 25 days) = 248 PPL (the 3% target is checked by the planner's own tests
        // and the bench; whole SLS and Sorong's island district move it a little here)
        expect(ppl >= 223 && ppl <= 273, `PPL ${ppl} should be within 10% of 248`);
        expect(pml === Math.ceil(ppl / 4) || pml > ppl / 4, `PML ${pml} for ${ppl} PPL`);
        expect(koseka >= 10, `KOSEKA ${koseka}: one per distrik (10)`);
        await shot(page, '10-plan-sorong');
      },
    },
    {
      name: 'a kecamatan shows its teams, and a PPL its day-by-day schedule',
      fn: async () => {
        await page.click('[data-testid=district-table] tbody tr:first-child a');
        await page.waitForSelector('[data-testid=teams]');
        await page.click('[data-testid=teams] tbody tr:first-child a');
        await page.waitForSelector('[data-testid=schedule-timeline]');
        const days = await page.locator('[data-testid=schedule-timeline] .timeline-day').count();
        expect(days === 31, `schedule should cover the 31-day window, got ${days}`);
        await shot(page, '11-plan-schedule');
      },
    },
    {
      name: 'the plan exports as XLSX and as CSV',
      fn: async () => {
        const planUrl = page.url().split('?')[0]!;
        const id = planUrl.split('/').pop();
        const xlsx = await page.request.get(`${url}/api/plans/${id}/export?format=xlsx`);
        expect(xlsx.status() === 200, `xlsx status ${xlsx.status()}`);
        const bytes = await xlsx.body();
        expect(bytes.subarray(0, 2).toString() === 'PK', 'xlsx should be a zip');
        const csv = await (await page.request.get(`${url}/api/plans/${id}/export?format=csv&sheet=penugasan`)).text();
        expect(csv.startsWith('sls,desa,keluarga,ppl'), 'csv header');
        expect(csv.trim().split('\n').length > 800, 'every Kota Sorong SLS is a row');
      },
    },
    // After the Sorong cases above: they go on from the plan page the first one opened.
    {
      name: 'the plan form takes the area by name: "Balik" suggests Kota Balikpapan (64.71), a name it cannot place is said before anything is sent',
      fn: async () => {
        await page.goto(`${url}/perencanaan`);
        const box = page.locator('[data-testid=plan-area]');
        expect((await box.inputValue()) === 'Kota Balikpapan (64.71)', `the default area by name: ${await box.inputValue()}`);
        await box.fill('Balik');
        await page.locator('[data-testid=plan-area-options] option[value="Kota Balikpapan (64.71)"]').waitFor({ state: 'attached' });
        const offered = await page.locator('[data-testid=plan-area-options] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        expect(offered.includes('Balikpapan Timur (64.71.01)'), `kecamatan are offered: ${offered.join(', ')}`);
        expect(offered.every((o) => /\((64|64\.71(\.\d\d)?)\)$/.test(o)), `only the regency, its kecamatan or the province, never a village: ${offered.join(', ')}`);
        await page.locator('[data-testid=plan-form] .grid').first().screenshot({ path: path.join(screenshotDir, '10a-plan-form-area.png') });
        await box.fill('Atlantis');
        await page.click('[data-testid=plan-form] button[type=submit]');
        await page.waitForSelector('[data-testid=plan-area-error]');
        expect((await box.getAttribute('aria-invalid')) === 'true', 'the box is marked invalid');
        expect(page.url().endsWith('/perencanaan'), `nothing was planned: ${page.url()}`);
        await shot(page, '10b-plan-form-unknown-area');
      },
    },
    {
      name: 'a second scenario with a 12-family minimum compares side by side',
      fn: async () => {
        await page.goto(`${url}/perencanaan`);
        await page.fill('input[name=areaCode]', '96.71');
        await page.fill('input[name=name]', 'Sorong minimum 12');
        await page.fill('input[name=minDailyFamilies]', '12');
        await page.click('[data-testid=plan-form] button[type=submit]');
        await page.waitForSelector('[data-testid=plan-ppl]', { timeout: 60_000 });
        await page.goto(`${url}/perencanaan`);
        await page.click('text=Bandingkan');
        await page.waitForSelector('[data-testid=compare-table]');
        const row = await page.textContent('[data-testid=compare-table] tbody tr:has(th:text-is("PPL"))');
        expect(row?.includes('-'), `fewer PPL at 12 families a day: ${row}`);
        await shot(page, '12-compare');
      },
    },
    {
      name: 'compare offers only plans of the same area, and says plainly when two plans cover different areas',
      fn: async () => {
        await page.goto(`${url}/perencanaan`);
        const checked = async (name: string) => page.locator(`[data-testid=plan-list] tr:has(input[name=${name}]:checked) td:nth-child(4)`).textContent();
        expect((await checked('a'))?.includes('96.71') && (await checked('b'))?.includes('96.71'), `A and B start on two plans of one area: ${await checked('a')} / ${await checked('b')}`);
        const { plans } = (await (await page.request.get(`${url}/api/plans`)).json()) as { plans: { id: number; areaCode: string; status: string }[] };
        const sorong = plans.filter((p) => p.areaCode === '96.71' && p.status === 'saved');
        const balikpapan = plans.find((p) => p.areaCode === '64.71' && p.status === 'saved');
        expect(sorong.length >= 2 && balikpapan, 'two Sorong plans and a Balikpapan plan');
        await page.goto(`${url}/perencanaan/banding?a=${sorong[0]!.id}&b=${balikpapan!.id}`);
        const note = await page.textContent('[data-testid=compare-areas-differ]');
        expect(note?.includes('Kota Sorong (96.71)') && note.includes('Kota Balikpapan (64.71)'), `the two areas named: ${note}`);
        expect((await page.locator('[data-testid=compare-table]').count()) === 0, 'no figure-by-figure table across areas');
        const offered = await page.locator('[data-testid=compare-pick-b] select option').evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)));
        const sorongIds = new Set(sorong.map((p) => p.id));
        expect(offered.length === sorong.length - 1 && offered.every((id) => sorongIds.has(id) && id !== sorong[0]!.id), `B among the other Sorong plans: ${offered.join(', ')}`);
        await shot(page, '12a-compare-different-areas');
        await page.click('[data-testid=compare-pick-b] button[type=submit]');
        await page.waitForSelector('[data-testid=compare-table]');
        expect((await page.textContent('h1'))?.includes('Kota Sorong (96.71)'), 'the compared area is named');
      },
    },
    {
      name: 'Perencanaan plans Jayapura with the terrain: each kecamatan names its norm and why, an office class overrides it, plain rules beside',
      fn: async () => {
        await page.goto(`${url}/perencanaan`);
        await page.fill('input[name=areaCode]', '91.71');
        await page.fill('input[name=name]', 'Jayapura medan');
        // Kota Jayapura's kampung are Papuan desa (8 a day); the office says Abepura (91.71.03) is remote
        await page.click('[data-testid=terrain-add]');
        await page.fill('[data-testid=terrain-fields] input[name=terrainCode]', '91.71.03');
        await page.selectOption('[data-testid=terrain-fields] select[name=terrainClass]', 'remote');
        await page.locator('[data-testid=terrain-fields]').screenshot({ path: path.join(screenshotDir, '14-terrain-fields.png') });
        await page.click('[data-testid=plan-form] button[type=submit]');
        await page.waitForSelector('[data-testid=plan-ppl]', { timeout: 60_000 });
        const ppl = num(await page.textContent('[data-testid=plan-ppl]'));
        const plain = num(await page.textContent('[data-testid=plan-plain-ppl]'));
        expect(ppl > plain, `the terrain asks more PPL than plain rules: ${ppl} against ${plain}`);
        const norms = (await page.locator('[data-testid=district-norms]').allTextContents()).join(' | ');
        expect(norms.includes('kelurahan, Papua: 10,0 keluarga/hari'), `kelurahan at the operation norm: ${norms}`);
        expect(norms.includes('desa, Papua: 8,0 keluarga/hari'), `kampung estimated at 8 a day: ${norms}`);
        expect(norms.includes('kelas terpencil dari kantor (91.71.03): 8,0 keluarga/hari, wilayah tugas sendiri'), `the office class: ${norms}`);
        await shot(page, '14-plan-terrain');
        const planId = page.url().split('?')[0]!.split('/').pop();
        // a phone loads the page at its own width
        await page.setViewportSize({ width: 390, height: 844 });
        await page.reload();
        await page.waitForSelector('[data-testid=district-norms]');
        const width = () => page.evaluate(() => document.documentElement.scrollWidth);
        expect((await width()) <= 392, `the plan page is ${await width()} px wide at 390`);
        await shot(page, '15-plan-terrain-390');
        await page.goto(`${url}/perencanaan`);
        expect((await width()) <= 392, `the planning page is ${await width()} px wide at 390`);
        await shot(page, '16-plan-form-terrain-390');
        await page.setViewportSize({ width: 1280, height: 900 });
        // the roster cases fill the newest plan, Sorong's: this one goes
        const deleted = await page.request.delete(`${url}/api/plans/${planId}`, { headers: { origin: url } });
        expect(deleted.ok(), `deleting the Jayapura plan: ${deleted.status()}`);
      },
    },
    {
      name: 'bad parameters get a clear message and save nothing',
      fn: async () => {
        const response = await page.request.post(`${url}/api/plans`, { headers: { origin: url }, data: { areaCode: '96.71', name: 'x', params: { minDailyFamilies: 20, maxDailyFamilies: 14 } } });
        expect(response.status() === 422, `expected 422, got ${response.status()}`);
        const body = (await response.json()) as { error: string };
        // the rule by its name in the reader's language, never the code name minDailyFamilies
        expect(body.error.includes('minimum keluarga/hari') && !body.error.includes('DailyFamilies'), body.error);
        const before = ((await (await page.request.get(`${url}/api/plans`)).json()) as { plans: unknown[] }).plans.length;
        const outside = await page.request.post(`${url}/api/plans`, { headers: { origin: url }, data: { areaCode: '11.01', name: 'di luar wilayah' } });
        expect(outside.status() === 403, `an area outside the office head's regions: ${outside.status()}`);
        const after = ((await (await page.request.get(`${url}/api/plans`)).json()) as { plans: unknown[] }).plans.length;
        expect(before === after, 'nothing saved');
      },
    },
  ];
}

/** The roster as an office head uses it: upload, a refused bad file, then staffing the latest plan. */
export function rosterCases(page: Page, url: string) {
  const upload = async (name: string, csv: string) =>
    page.setInputFiles('[data-testid=roster-file]', { name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  return [
    {
      name: 'a roster with a bad row is refused whole, with its line and column',
      fn: async () => {
        await page.goto(`${url}/petugas`);
        const rows = () => page.locator('[data-testid=staff-table] tbody tr').count();
        const before = await rows(); // the demo's own PML and PPL
        await upload('salah.csv', 'name,role,phone,home_village_code\nSiti Rahma,ppl,0812 1111 2222,96.71.01.1001\nX,enumerator,,96.71.01.1001\n');
        await page.waitForSelector('[data-testid=roster-error]');
        const error = await page.textContent('[data-testid=roster-error]');
        expect(error?.includes('baris 3'), `error should name line 3: ${error}`);
        expect((await rows()) === before, 'nothing imported');
      },
    },
    {
      name: 'a good roster fills the newest plan, home village first',
      fn: async () => {
        // The demo's made-up roster already staffs a plan of Sorong's size: the newest plan here, distrik Sorong at
        // 5-7 families a day, has about twice the PPL and PML slots, so the uploaded people find places and some
        // slots stay to recruit.
        const post = await page.request.post(`${url}/api/plans`, { headers: { origin: url }, data: { areaCode: '96.71.01', name: 'Sorong 5-7 sehari', params: { minDailyFamilies: 5, maxDailyFamilies: 7 } } });
        expect(post.status() === 202, `planning distrik Sorong: ${post.status()}`);
        const planId = ((await post.json()) as { plan: { id: number } }).plan.id;
        let status = 'saving';
        while (status === 'saving') {
          await page.waitForTimeout(500);
          status = ((await (await page.request.get(`${url}/api/plans/${planId}`)).json()) as { plan: { status: string } }).plan.status;
        }
        expect(status === 'saved', `the plan of distrik Sorong ended ${status}`);
        await page.goto(`${url}/petugas`);
        await upload('roster.csv', 'name,role,phone,home_village_code\nSiti Rahma,ppl,0812 1111 2222,96.71.01.1001\nYusuf Kambu,pml,,96.71.01.1002\n');
        await page.waitForSelector('[data-testid=staff-table]');
        await page.click('[data-testid=fill-roster]');
        await page.waitForSelector('[data-testid=fill-result]');
        await page.waitForSelector('[data-testid=teams] >> text=Siti Rahma');
        const teams = await page.textContent('[data-testid=teams]');
        expect(teams?.includes('Yusuf Kambu'), 'the PML from the roster leads a team');
        expect(teams?.includes('perlu direkrut'), 'unfilled slots stay to recruit');
        await shot(page, '13-petugas-roster');
      },
    },
    {
      name: 'the roster box takes an XLSX workbook (its first sheet) as well as CSV',
      fn: async () => {
        await page.goto(`${url}/petugas`);
        const accept = await page.getAttribute('[data-testid=roster-file]', 'accept');
        expect(accept?.includes('.xlsx') && accept.includes('.csv'), `the file box offers ${accept}`);
        const book = await workbookOf({ Roster: [['name', 'role', 'phone', 'home_village_code'], ['Maria Wanma', 'ppl', '0813 3333 4444', '96.71.01.1002']], Catatan: [['x']] });
        await page.setInputFiles('[data-testid=roster-file]', { name: 'roster.xlsx', mimeType: xlsxContentType, buffer: book });
        await page.waitForSelector('[data-testid=roster-ok]');
        // ~3,600 people are paged: Maria is found by her name
        await page.goto(`${url}/petugas?q=Maria+Wanma`);
        await page.waitForSelector('[data-testid=staff-table] >> text=Maria Wanma');
        await shot(page, '14-petugas-roster-xlsx');
      },
    },
    {
      name: 'the roster pages 100 at a time with a count, searches by name, role or area, and the office head picks the plan to fill',
      fn: async () => {
        await page.goto(`${url}/petugas`);
        const range = () => page.textContent('[data-testid=roster-range]');
        const rows = () => page.locator('[data-testid=staff-table] tbody tr').count();
        const first = await range();
        const total = num(/dari ([\d.]+)/.exec(first ?? '')?.[1] ?? '');
        expect(first?.startsWith('1–100 dari') && total > 3000, `the first page of the demo roster: ${first}`);
        expect((await rows()) === 100, `100 rows, got ${await rows()}`);
        await page.click('[data-testid=roster-pager] >> text="2"');
        await page.waitForURL(/halaman=2#roster$/);
        expect((await range())?.startsWith('101–200 dari'), `page 2: ${await range()}`);
        await page.fill('[data-testid=roster-search] input[name=q]', 'Manggar');
        await page.selectOption('[data-testid=roster-search] select[name=peran]', 'pml');
        await page.click('[data-testid=roster-search] button[type=submit]');
        await page.waitForURL(/q=Manggar/);
        const found = await page.locator('[data-testid=staff-table] tbody tr').allTextContents();
        expect(found.length > 0 && found.every((r) => r.includes('PML') && r.includes('Manggar')), `PML of Manggar only: ${found.slice(0, 3).join(' | ')}`);
        expect(found.some((r) => r.includes('Rina Wulandari')), 'the demo PML lives in Manggar');
        await shot(page, '14a-petugas-search');
        // past the last page: the last one; a page that is no number: the first; a search too long: said, not applied
        await page.goto(`${url}/petugas?halaman=99999`);
        expect((await range())?.endsWith(`dari ${first?.split('dari ')[1]}`) && (await range())?.includes(`–${first?.split('dari ')[1]}`), `the last page: ${await range()}`);
        await page.goto(`${url}/petugas?halaman=abc`);
        expect((await range())?.startsWith('1–100'), `the first page: ${await range()}`);
        await page.goto(`${url}/petugas?q=${'x'.repeat(81)}`);
        expect((await page.textContent('main .note'))?.includes('terlalu panjang'), 'a search too long is said');
        expect((await page.goto(`${url}/petugas?rencana=abc`))?.status() === 404, 'a malformed plan is a 404');
        expect((await page.goto(`${url}/petugas?rencana=2147483647`))?.status() === 404, 'an unknown plan is a 404');
        // the plan picker: every saved plan of the office head's regions; picking one staffs it
        await page.goto(`${url}/petugas`);
        const options = await page.locator('[data-testid=plan-picker] select option').allTextContents();
        expect(options.length >= 5 && options.some((o) => o.includes('Kepulauan Meranti')), `the demo plans are offered: ${options.join(' | ')}`);
        const meranti = options.find((o) => o.includes('Kepulauan Meranti'))!;
        await page.selectOption('[data-testid=plan-picker] select', { label: meranti });
        await page.click('[data-testid=plan-picker] button[type=submit]');
        await page.waitForURL(/rencana=\d+/);
        const shown = await page.textContent('[data-testid=staff-by-team]');
        expect(shown?.includes('Kabupaten Kepulauan Meranti') && (await page.locator('[data-testid=fill-roster]').count()) === 1, 'the picked plan is shown, with its fill button');
        expect((await page.inputValue('[data-testid=plan-picker] select')) === /rencana=(\d+)/.exec(page.url())?.[1], 'the picker keeps the choice');
        await shot(page, '14b-petugas-plan-picker');
      },
    },
  ];
}

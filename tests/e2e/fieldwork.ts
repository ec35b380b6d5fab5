import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn } from './accounts';
import { expect, newContext, screenshotDir } from './harness';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
/** The number of a percent as the page writes it ("52,9% Sesuai rencana" is 52.9). */
const percentOf = (text: string | null) => Number(/(\d+(?:,\d+)?)\s?%/.exec(text ?? '')?.[1]?.replace(',', '.'));

type Plan = { id: number; areaCode: string; name: string; status: string; adopted: boolean };

async function as(browser: Browser, url: string, username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, url, username);
  return { context, page };
}

const plansOf = async (page: Page, url: string) => ((await (await page.request.get(`${url}/api/plans`)).json()) as { plans: Plan[] }).plans;

/** Waits until a plan's rows are saved. */
async function waitSaved(page: Page, url: string, id: number) {
  for (let waited = 0; waited < 240; waited++) {
    const { plan } = (await (await page.request.get(`${url}/api/plans/${id}`)).json()) as { plan: { status: string } };
    if (plan.status === 'saved') return;
    expect(plan.status === 'saving', `plan ${id} ended ${plan.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`plan ${id} still saving`);
}

/** A saved plan of the office head's (planned over the API); its id. */
async function kepalaPlan(browser: Browser, url: string, data: { areaCode: string; name: string; strategy?: string }): Promise<number> {
  const { context, page } = await as(browser, url, 'kepala');
  const post = await page.request.post(`${url}/api/plans`, { headers: { origin: url }, data });
  expect(post.status() === 202, `planning ${data.areaCode}: ${post.status()}`);
  const id = ((await post.json()) as { plan: { id: number } }).plan.id;
  await waitSaved(page, url, id);
  await context.close();
  return id;
}

/**
 * The demo as `npm start` leaves it: each demo region's plan in force staffed and its fieldwork simulated to 28 Oct
 * 2022; Ringkasan's coverage of the viewer's areas; the dropout the coordinators see; adopting a plan from its page.
 */
export function fieldworkCases(browser: Browser, url: string) {
  return [
    {
      name: 'ringkasan (home) shows the coverage of the viewer\'s areas with a small burn-up, in Indonesian and English',
      fn: async () => {
        const { context, page } = await as(browser, url, 'pemantau');
        await page.goto(`${url}/`);
        const card = page.locator('[data-testid="coverage-64.71"]');
        await card.locator('[data-testid=coverage-sparkline] .recharts-line').first().waitFor();
        const text = (await card.textContent()) ?? '';
        const percent = percentOf(await card.locator('.value').textContent());
        expect(percent >= 40 && percent <= 60, `Kota Balikpapan should be 40-60% done on 28 Oct, got ${percent}: ${text}`);
        expect(/Sesuai rencana|Tertinggal/.test(text), `a worded status: ${text}`);
        expect((await page.textContent('[data-testid=overview-coverage] h2'))?.includes('28 Oktober 2022'), 'as of the demo clock');
        expect((await card.locator('a[href="/cakupan?area=64.71"]').count()) === 1, 'a link to Cakupan');
        await shot(page, '40-ringkasan-cakupan');
        await page.setViewportSize({ width: 390, height: 844 });
        await page.reload();
        await page.waitForSelector('[data-testid=overview-coverage]');
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide <= 392, `Ringkasan is ${wide} px wide at 390`);
        await shot(page, '41-ringkasan-390');
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.click('[data-testid=lang-switch]');
        await page.waitForSelector('html[lang=en]');
        await page.waitForSelector('text=Coverage of your areas');
        expect(/On track|Behind/.test((await card.textContent()) ?? ''), 'the status in English');
        await shot(page, '42-ringkasan-en');
        await page.click('[data-testid=lang-switch]');
        await page.waitForSelector('html[lang=id]');
        await context.close();
        const kepala = await as(browser, url, 'kepala');
        await kepala.page.goto(`${url}/`);
        await kepala.page.waitForSelector('[data-testid=overview-coverage]');
        const cards = await kepala.page.locator('[data-testid=overview-coverage] .card').count();
        expect(cards === 5, `the office head's five demo regions, got ${cards}`);
        await kepala.context.close();
      },
    },
    {
      name: 'cakupan of the simulated demo reads as the middle of fieldwork: about half done, a few areas behind, refusals and revisits',
      fn: async () => {
        const { context, page } = await as(browser, url, 'kepala');
        for (const area of ['64.71', '96.71', '65', '14.10', '91.71']) {
          const coverage = (await (await page.request.get(`${url}/api/coverage?area=${area}`)).json()) as { asOf: string; percent: number; refused: number; notHome: number; completed: number; planSource: string; children: { status: string }[] };
          expect(coverage.asOf === '2022-10-28' && coverage.planSource === 'plan', `${area}: as of the clock against its plan in force`);
          expect(coverage.percent >= 40 && coverage.percent <= 60, `${area}: ${coverage.percent}% done`);
          const refused = coverage.refused / (coverage.completed + coverage.refused);
          expect(refused > 0.01 && refused < 0.03 && coverage.notHome > 0, `${area}: ${(refused * 100).toFixed(1)}% refused, ${coverage.notHome} to revisit`);
        }
        const kota = (await (await page.request.get(`${url}/api/coverage?area=96.71`)).json()) as { children: { status: string }[] };
        const behind = kota.children.filter((c) => c.status === 'behind').length;
        expect(behind >= 1 && behind < kota.children.length / 2, `a few of Kota Sorong's distrik behind, got ${behind} of ${kota.children.length}`);
        await page.goto(`${url}/cakupan?area=96.71`);
        await page.waitForSelector('[data-testid=burn-up-chart] .recharts-line');
        await page.waitForSelector('[data-testid=children-table] .status-behind');
        await shot(page, '43-cakupan-sorong-kepala');
        await context.close();
      },
    },
    {
      name: 'coverage for coordinators: the demo\'s dropout is an inactive PPL of the demo PML\'s team, beside Agus Setiawan',
      fn: async () => {
        const { context, page } = await as(browser, url, 'pml');
        const plan = (await plansOf(page, url)).find((p) => p.areaCode === '64.71' && p.adopted);
        expect(plan, 'Kota Balikpapan has a plan in force');
        const monitoring = (await (await page.request.get(`${url}/api/plans/${plan!.id}/monitoring`)).json()) as { ppl: { staffName: string | null; status: string; done: number }[] };
        const names = monitoring.ppl.map((p) => p.staffName);
        expect(names.includes('Agus Setiawan'), `Agus Setiawan in Rina Wulandari's team: ${names.join(', ')}`);
        expect(monitoring.ppl.filter((p) => p.status === 'inactive').length === 1, `one inactive PPL: ${monitoring.ppl.map((p) => p.status).join(', ')}`);
        await context.close();
      },
    },
    {
      name: 'adopt: an office head adopts a plan from its page after confirming; the list and the plan say it is in force',
      fn: async () => {
        const { context, page } = await as(browser, url, 'kepala');
        await page.goto(`${url}/perencanaan`);
        await page.waitForSelector('[data-testid=plan-list]');
        const inForceBefore = await page.locator('[data-testid=plan-list] [data-testid=in-force]').count();
        expect(inForceBefore >= 5, `the five demo plans are in force, got ${inForceBefore}`);
        const demo = (await plansOf(page, url)).find((p) => p.areaCode === '14.10' && p.adopted)!;
        const fresh = await kepalaPlan(browser, url, { areaCode: '14.10', name: 'Meranti usulan kedua', strategy: 'lean' });
        await page.goto(`${url}/perencanaan/${fresh}`);
        const panel = await page.textContent('[data-testid=plan-adoption]');
        expect(panel?.includes(demo.name), `names the plan in force now: ${panel}`);
        await page.click('[data-testid=adopt-plan]');
        await page.waitForSelector('[data-testid=adopt-confirm]');
        await shot(page, '44-adopt-confirm');
        await page.click('[data-testid=adopt-yes]');
        await page.waitForSelector('[data-testid=plan-in-force]');
        await shot(page, '45-adopted');
        const after = await plansOf(page, url);
        expect(after.find((p) => p.id === fresh)?.adopted && !after.find((p) => p.id === demo.id)?.adopted, 'the new plan replaced the demo plan in force');
        const detail = (await (await page.request.get(`${url}/api/plans/${fresh}`)).json()) as { plan: { adopted: boolean } };
        expect(detail.plan.adopted, 'GET /api/plans/<id> says adopted');
        await page.goto(`${url}/perencanaan`);
        const row = await page.textContent(`[data-testid=plan-list] tr:has(a[href="/perencanaan/${fresh}"])`);
        expect(row?.includes('Rencana berlaku'), `the list marks it: ${row}`);
        // The demo's own plan back in force, from its page, in English this time.
        await page.click('[data-testid=lang-switch]');
        await page.waitForSelector('html[lang=en]');
        await page.goto(`${url}/perencanaan/${demo.id}`);
        await page.click('text=Adopt as plan in force');
        await page.click('text=Yes, adopt it');
        await page.waitForSelector('[data-testid=plan-in-force] >> text=Plan in force');
        await page.setViewportSize({ width: 390, height: 844 });
        await page.reload();
        await page.waitForSelector('[data-testid=plan-in-force]');
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(wide <= 392, `the plan page is ${wide} px wide at 390`);
        await shot(page, '46-adopted-en-390');
        await page.click('[data-testid=lang-switch]');
        await page.waitForSelector('html[lang=id]');
        expect((await plansOf(page, url)).find((p) => p.id === demo.id)?.adopted, 'the demo plan is in force again');
        await context.close();
        // A KOSEKA reads a plan of their kecamatan but may not adopt it: no button.
        const own = await kepalaPlan(browser, url, { areaCode: '64.71.01', name: 'Balikpapan Timur usulan' });
        const koseka = await as(browser, url, 'koseka');
        await koseka.page.goto(`${url}/perencanaan/${own}`);
        await koseka.page.waitForSelector('[data-testid=plan-adoption]');
        expect((await koseka.page.locator('[data-testid=adopt-plan]').count()) === 0, 'no adopt button for a KOSEKA');
        await koseka.context.close();
      },
    },
  ];
}

import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoPassword } from '../../lib/auth/demo-accounts';
import { signIn } from './accounts';
import { expect, newContext, screenshotDir } from './harness';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo PPL's kecamatan and roster person (lib/auth/demo-accounts.ts). */
const kecamatan = '64.71.01';
const person = 'Agus Setiawan';

type PlanRow = { id: number; areaCode: string; status: string; adopted: boolean };
type SlotRow = { id: number; role: string; staffId: number | null; staffName: string | null };

/**
 * The office head's side of the set-up, over HTTP: what the demo seed may already have done (a plan in force over
 * Balikpapan Timur that places Agus Setiawan, interviews up to the demo's today), done here when it has not, so the
 * case passes on a bare demo and on a full one alike.
 */
async function ensureAssignment(url: string): Promise<void> {
  const response = await fetch(`${url}/api/auth/sign-in/username`, {
    method: 'POST',
    headers: { origin: url, 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.201' },
    body: JSON.stringify({ username: 'kepala', password: demoPassword }),
  });
  expect(response.ok, `sign-in as kepala: ${response.status}`);
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const api = async <T>(pathname: string, init: RequestInit = {}): Promise<T> => {
    const answer = await fetch(`${url}${pathname}`, { ...init, headers: { origin: url, cookie, 'content-type': 'application/json', ...init.headers } });
    const text = await answer.text();
    expect(answer.ok, `${init.method ?? 'GET'} ${pathname}: ${answer.status} ${text.slice(0, 200)}`);
    return JSON.parse(text) as T;
  };
  const holds = (area: string) => kecamatan === area || kecamatan.startsWith(`${area}.`);
  const { plans } = await api<{ plans: PlanRow[] }>('/api/plans');
  const covering = plans.filter((p) => p.status === 'saved' && holds(p.areaCode));
  // The plan in force over the kecamatan is the deepest adopted one holding it; else the newest saved one.
  const inForce = covering.filter((p) => p.adopted).sort((a, b) => b.areaCode.length - a.areaCode.length)[0];
  const plan = inForce ?? covering[0] ?? (await createPlan(api));
  const placed = async () => (await api<{ slots: SlotRow[] }>(`/api/plans/${plan.id}/slots?kecamatan=${kecamatan}`)).slots.find((s) => s.role === 'ppl' && s.staffName === person);
  if (!(await placed())) await api(`/api/plans/${plan.id}/roster`, { method: 'POST' });
  const slot = await placed();
  expect(slot?.staffId, `the roster fill should place ${person} in plan ${plan.id}`);
  if (!inForce) await api(`/api/plans/${plan.id}/adopt`, { method: 'POST' });
  // A few interviews before the demo's today when none are recorded, so the page has something done to show.
  const { ppl } = await api<{ ppl: { slotId: number; doneFamilies: number }[] }>(`/api/plans/${plan.id}/monitoring?kecamatan=${kecamatan}`);
  if ((ppl.find((p) => p.slotId === slot.id)?.doneFamilies ?? 0) > 0) return;
  const { sls } = await api<{ sls: { slsCode: string }[] }>(`/api/plans/${plan.id}/slots/${slot.id}`);
  const record = (visitedOn: string, outcome = 'completed') => ({ id: randomUUID(), slsCode: sls[0]!.slsCode, pplId: slot.staffId, visitedOn, outcome, familyRef: randomUUID() });
  const records = [...Array.from({ length: 9 }, () => record('2022-10-26')), ...Array.from({ length: 8 }, () => record('2022-10-27')), record('2022-10-27', 'refused')];
  await api('/api/interviews', { method: 'POST', body: JSON.stringify({ records }) });
}

async function createPlan(api: <T>(pathname: string, init?: RequestInit) => Promise<T>): Promise<PlanRow> {
  const { plan } = await api<{ plan: { id: number } }>('/api/plans', { method: 'POST', body: JSON.stringify({ areaCode: kecamatan, name: 'Tugas saya (uji)' }) });
  for (let waited = 0; waited < 300; waited++) {
    const { plan: now } = await api<{ plan: { status: string } }>(`/api/plans/${plan.id}`);
    if (now.status === 'saved') return { id: plan.id, areaCode: kecamatan, status: 'saved', adopted: false };
    expect(now.status === 'saving', `the plan of ${kecamatan} ended ${now.status}`);
    await sleep(1000);
  }
  throw new Error(`the plan of ${kecamatan} is still saving after 5 minutes`);
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Tugas saya on a phone, online and then offline. */
export function tugasSayaCases(browser: Browser, url: string) {
  return [
    {
      name: 'Tugas saya at 390x844: the PPL sees today\'s target and their SLS in both languages, then reads it offline',
      fn: async () => {
        await ensureAssignment(url);
        const context = await newContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        const failures: string[] = [];
        page.on('response', (r) => {
          if (r.status() >= 500) failures.push(`${r.status()} ${r.url()}`);
        });
        await signIn(page, url, 'ppl');
        await page.click('nav >> text=Tugas saya');
        await page.waitForURL('**/tugas-saya');
        const target = (await page.textContent('[data-testid=today-target]')) ?? '';
        expect(/^\d+ keluarga$/.test(target.trim()), `today's target in families, got "${target}"`);
        expect((await page.textContent('[data-testid=today-card]'))?.includes('28 Okt'), 'today is the demo clock\'s 28 October');
        const sls = await page.locator('[data-testid=sls-item]').count();
        expect(sls > 0, 'their SLS in visiting order');
        expect(await page.locator('[data-testid=sls-item] >> text=hari ini').count() > 0, 'today\'s SLS marked');
        expect(await page.locator('[data-testid=agenda-today]').count() === 1, 'today highlighted in the day-by-day schedule');
        expect(await page.locator('[data-testid=standing-status]').count() === 1, 'how they stand against the plan');
        expect((await page.textContent('[data-testid=plan-source]'))?.includes('Rencana yang berlaku'), 'the plan in force is shown');
        expect(await page.locator('[data-testid=pml-card]').count() === 1, 'their PML');
        expect((await pageWidth(page)) <= 390, `the page is ${await pageWidth(page)} px wide at 390`);
        await page.waitForSelector('[data-testid=saved-offline]');
        await shot(page, '40-tugas-saya-390');
        await page.click('[data-testid=lang-switch]');
        await page.waitForSelector('h1 >> text=My tasks');
        expect(/^\d+ famil(y|ies)$/.test((await page.textContent('[data-testid=today-target]'))?.trim() ?? ''), 'today\'s target in English');
        expect((await pageWidth(page)) <= 390, `the English page is ${await pageWidth(page)} px wide at 390`);
        await shot(page, '41-tugas-saya-390-en');
        // Opened again (kept in English now), then the connection goes: a reload still shows the assignment.
        await page.goto(`${url}/tugas-saya`);
        await page.waitForSelector('[data-testid=saved-offline]');
        await context.setOffline(true);
        const online = await page.evaluate(() => fetch('/api/health').then(() => true, () => false));
        expect(!online, 'the browser should be offline');
        await page.reload();
        await page.waitForSelector('[data-testid=offline-note][data-from-cache=true]');
        expect((await page.textContent('[data-testid=offline-note]'))?.includes('No connection'), 'the offline note says when the copy was made');
        expect(/^\d+ famil(y|ies)$/.test((await page.textContent('[data-testid=today-target]'))?.trim() ?? ''), 'today\'s target offline');
        expect((await page.locator('[data-testid=sls-item]').count()) === sls, 'the SLS list offline');
        await shot(page, '42-tugas-saya-offline');
        // Only that page and its static files are kept: no API answer, no other page.
        const kept = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)))).flat());
        expect(kept.includes('/tugas-saya') && kept.every((p) => p === '/tugas-saya' || p.startsWith('/_next/static/')), `kept: ${kept.join(', ')}`);
        const other = await page.goto(`${url}/wilayah`).then(() => 'opened', () => 'failed');
        expect(other === 'failed', 'another page should not open offline');
        await context.setOffline(false);
        expect(failures.length === 0, `5xx answers: ${failures.join(', ')}`);
        await context.close();
      },
    },
    {
      name: 'Tugas saya for a PML points to Pemantauan and Perencanaan, and is not in her menu',
      fn: async () => {
        const context = await newContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        await signIn(page, url, 'pml');
        expect((await page.locator('nav >> text=Tugas saya').count()) === 0, 'Tugas saya is a PPL\'s menu item');
        const answer = await page.goto(`${url}/tugas-saya`);
        expect(answer?.status() === 200, `/tugas-saya as a PML: ${answer?.status()}`);
        await page.waitForSelector('[data-testid=my-tasks-coordinator] a[href="/pemantauan"]');
        expect((await pageWidth(page)) <= 390, `the page is ${await pageWidth(page)} px wide at 390`);
        await shot(page, '43-tugas-saya-pml');
        await context.close();
      },
    },
  ];
}

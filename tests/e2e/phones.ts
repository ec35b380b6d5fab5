import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { demoAccounts, type DemoAccount } from '../../lib/auth/demo-accounts';
import { mayDo, type Action } from '../../lib/auth/permissions';
import { signIn } from './accounts';
import { expect, newContext, screenshotDir } from './harness';

/** A phone's screen (an iPhone 12-14): every page fits its width. */
const phone = { width: 390, height: 844 };

type PlanRow = { id: number; areaCode: string; status: string; adopted: boolean };
type Visit = { name: string; path: string; action: Action | 'public' };

/** Where the demo's field accounts work (lib/auth/demo-accounts.ts), and a village of it. */
const kecamatan = '64.71.01';
const village = '64.71.01.1001';

/**
 * Every page a role can reach, with the plans it sees: the plan in force over the demo kecamatan (its teams and a
 * PPL's schedule), the office head's largest plan too (Kaltara's), and two plans of the same area to compare.
 */
async function visitsFor(page: Page, url: string, account: DemoAccount): Promise<Visit[]> {
  const visits: Visit[] = [
    { name: 'ringkasan', path: '/', action: 'operation.read' },
    { name: 'wilayah', path: '/wilayah', action: 'area.read' },
    { name: 'wilayah-kota', path: '/wilayah/64.71', action: 'area.read' },
    { name: 'wilayah-desa', path: `/wilayah/${village}`, action: 'area.read' },
    { name: 'perencanaan', path: '/perencanaan', action: 'plan.read' },
    { name: 'petugas', path: '/petugas', action: 'staff.read' },
    { name: 'cakupan', path: '/cakupan', action: 'coverage.read' },
    { name: 'cakupan-kecamatan', path: `/cakupan?area=${kecamatan}`, action: 'coverage.read' },
    { name: 'cakupan-desa', path: `/cakupan?area=${village}`, action: 'coverage.read' },
    { name: 'pemantauan', path: '/pemantauan', action: 'monitoring.read' },
    { name: 'pemantauan-log', path: `/pemantauan/log?kecamatan=${kecamatan}`, action: 'audit.read' },
    { name: 'tugas-saya', path: '/tugas-saya', action: 'slot.read' },
    { name: '404', path: '/tidak-ada-halaman-ini', action: 'public' },
  ];
  if (!mayDo(account, 'plan.read')) return visits;
  const { plans } = (await (await page.request.get(`${url}/api/plans`)).json()) as { plans: PlanRow[] };
  const saved = plans.filter((p) => p.status === 'saved');
  const holds = (p: PlanRow) => kecamatan === p.areaCode || kecamatan.startsWith(`${p.areaCode}.`);
  const local = saved.find((p) => p.adopted && holds(p)) ?? saved.find(holds);
  expect(local, `${account.username}: a saved plan over ${kecamatan}`);
  const twin = saved.find((p) => p.id !== local.id && p.areaCode === local.areaCode) ?? local;
  const slots = (await (await page.request.get(`${url}/api/plans/${local.id}/slots`)).json()) as { slots?: { id: number; role: string }[] };
  const ppl = slots.slots?.find((s) => s.role === 'ppl');
  visits.push(
    { name: 'rencana', path: `/perencanaan/${local.id}?kecamatan=${kecamatan}`, action: 'plan.read' },
    { name: 'banding', path: `/perencanaan/banding?a=${local.id}&b=${twin.id}`, action: 'plan.read' },
  );
  if (ppl) visits.push({ name: 'rencana-ppl', path: `/perencanaan/${local.id}?ppl=${ppl.id}`, action: 'plan.read' });
  const province = saved.find((p) => p.areaCode === '65');
  if (province) visits.push({ name: 'rencana-provinsi', path: `/perencanaan/${province.id}`, action: 'plan.read' });
  return visits;
}

/**
 * How wide the page is, and the element that sticks out furthest past the screen without a scrolling or clipping box
 * around it (so the failure says what widens the page; a table scrolling inside its box is fine).
 */
function measure(page: Page) {
  // No named functions inside: the test runner's transform would wrap them in a helper the page does not have.
  return page.evaluate((width) => {
    let widest = '';
    let right = width;
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.right <= right + 0.5 || box.width === 0) continue;
      let clipped = false;
      for (let up = el.parentElement; up && up !== document.body && !clipped; up = up.parentElement) clipped = getComputedStyle(up).overflowX !== 'visible';
      if (clipped) continue;
      right = box.right;
      const testId = el.getAttribute('data-testid');
      widest = `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}${testId ? `[${testId}]` : ''}`;
    }
    return { scrollWidth: document.documentElement.scrollWidth, widest, right: Math.round(right) };
  }, phone.width);
}

/**
 * Visits each page at 390 px, waits for it to settle (charts drawn), and says what is wrong: wider than the phone,
 * offering a download the role would be refused (a link to the API answering 403), or a file box to a role that may
 * upload nothing (workloads and rosters are the office head's).
 */
async function visitAll(page: Page, url: string, { label, visits, mayUpload }: { label: string; visits: Visit[]; mayUpload: boolean }): Promise<string[]> {
  const problems: string[] = [];
  for (const visit of visits) {
    const response = await page.goto(`${url}${visit.path}`);
    const status = response?.status() ?? 0;
    if (status >= 500 || (visit.name !== '404' && status !== 200) || (visit.name === '404' && status !== 404)) problems.push(`${visit.path}: ${status}`);
    await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
    const { scrollWidth, widest, right } = await measure(page);
    if (scrollWidth > phone.width) problems.push(`${visit.path}: ${scrollWidth} px wide (${widest} reaches ${right} px)`);
    for (const href of new Set(await page.locator('main a[href^="/api/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))) {
      const answer = await page.request.get(`${url}${href}`);
      if (answer.status() === 403) problems.push(`${visit.path} offers ${href}, which answers 403`);
    }
    if (!mayUpload && (await page.locator('main input[type=file]').count()) > 0) problems.push(`${visit.path} offers a file upload`);
    await page.screenshot({ path: path.join(screenshotDir, `phone-${label}-${visit.name}.png`), fullPage: true });
  }
  return problems;
}

/** At 390x844 every page each demo role can reach fits the screen's width, signed out too (sign-in, 404). */
export function phoneCases(browser: Browser, url: string) {
  const people = demoAccounts.filter((a) => a.role !== 'entry_system');
  return [
    {
      name: 'phones: signed out, the sign-in page and a 404 fit 390 px',
      fn: async () => {
        const page = await (await newContext(browser, { viewport: phone })).newPage();
        const visits: Visit[] = [{ name: 'masuk', path: '/masuk', action: 'public' }, { name: '404', path: '/tidak-ada-halaman-ini', action: 'public' }];
        const problems = await visitAll(page, url, { label: 'anonim', visits, mayUpload: false });
        await page.context().close();
        expect(problems.length === 0, `\n      ${problems.join('\n      ')}`);
      },
    },
    ...people.map((account) => ({
      name: `phones: every page ${account.username} (${account.role}) reaches fits 390 px and offers nothing it would refuse`,
      fn: async () => {
        const page = await (await newContext(browser, { viewport: phone })).newPage();
        await signIn(page, url, account.username);
        const visits = (await visitsFor(page, url, account)).filter((v) => v.action === 'public' || mayDo(account, v.action));
        const mayUpload = mayDo(account, 'workload.import') || mayDo(account, 'staff.import');
        const problems = await visitAll(page, url, { label: account.username, visits, mayUpload });
        await page.context().close();
        expect(problems.length === 0, `\n      ${problems.join('\n      ')}`);
      },
    })),
  ];
}

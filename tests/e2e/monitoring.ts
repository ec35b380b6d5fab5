import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { signIn } from './accounts';
import { expect, newContext, screenshotDir } from './harness';
import { foreignWordsOn } from './languages';
import { apiOf, ensureMonitoringState, kecamatan, type MonitoringAnswer } from './monitoring-setup';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
/** A dialog is fixed to the window: what the user sees is the window, not the whole page behind it. */
const view = (page: Page, name: string) => page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const row = (slotId: number) => `[data-testid=ppl-row][data-slot-id="${slotId}"]`;
/** A number as the page writes it in either language ("12,5" or "12.5"; "1.234" or "1,234" never reach one decimal here). */
const shown = (text: string | null) => Number((text ?? '').trim().replace(',', '.'));

/** Waits until `read` gives what `ok` wants (the page refetches after a move), failing with the last value. */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!ok(value) && Date.now() < deadline) {
    await sleep(250);
    value = await read();
  }
  expect(ok(value), `${what}: got ${JSON.stringify(value)}`);
  return value;
}

/** A signed-in user in their own browser context, failing the case on any 5xx the page meets. */
async function userPage(browser: Browser, url: string, username: string): Promise<{ context: BrowserContext; page: Page; failures: string[] }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 500) failures.push(`${r.status()} ${r.url()}`);
  });
  await signIn(page, url, username);
  return { context, page, failures };
}

async function openPemantauan(page: Page, url: string) {
  const response = await page.goto(`${url}/pemantauan`);
  expect(response?.status() === 200, `/pemantauan answered ${response?.status()}`);
  await page.waitForSelector('[data-testid=ppl-table]');
}

/** Opens a PPL's dialog from their row and the move form of their first SLS with at least `minLeft` families left (null: none; the dialog closes again). */
async function openMove(page: Page, slotId: number, minLeft = 1): Promise<string | null> {
  await page.locator(`${row(slotId)} [data-testid=open-ppl]`).click();
  await page.waitForSelector('[data-testid=ppl-dialog] [data-testid=sls-table]');
  const rows = page.locator('[data-testid=sls-row]:has([data-testid=sls-move])');
  let slsCode: string | null = null;
  for (let i = 0; i < (await rows.count()) && slsCode === null; i++) {
    if (Number(await rows.nth(i).getAttribute('data-left')) >= minLeft) slsCode = await rows.nth(i).getAttribute('data-sls');
  }
  if (slsCode === null) {
    await page.click('[data-testid=dialog-close]');
    return null;
  }
  await page.click(`[data-testid=sls-row][data-sls="${slsCode}"] [data-testid=sls-move]`);
  await page.waitForSelector('[data-testid=suggestion]');
  return slsCode;
}

/** openMove for a PPL who must have such an SLS. */
async function mustOpenMove(page: Page, slotId: number, minLeft = 1): Promise<string> {
  const slsCode = await openMove(page, slotId, minLeft);
  expect(slsCode, `PPL ${slotId} has no SLS with ${minLeft}+ families left`);
  return slsCode;
}

const urgency = (status: string, remaining: number) => (status === 'inactive' ? (remaining > 0 ? 0 : 3) : ({ behind: 1, on_track: 2, done: 4 } as Record<string, number>)[status]!);

/**
 * Pemantauan in the browser: a KOSEKA finds the most behind PPL, moves an SLS to the top suggestion and sees the
 * receiver's target change; a move on a stale version rolls back and says what changed; past the maximum is refused
 * until overridden with a note; a PML sees only her team; a dropout is proposed, edited and approved; the page and
 * its log read in both languages at 1280 and 390 px. The state comes from the demo when it holds it (an adopted
 * plan, a roster, a month of interviews), else it is made through the API first.
 */
export function monitoringCases(browser: Browser, url: string) {
  let planId = 0;
  const ready = () => expect(planId > 0, 'the monitoring set-up case failed');
  const monitoring = (page: Page) => apiOf(page, url).get<MonitoringAnswer>(`/api/plans/${planId}/monitoring?kecamatan=${kecamatan}`);
  return [
    {
      name: 'monitoring set-up: a Balikpapan plan in force over Balikpapan Timur, staffed, with interviews (through the API when the demo lacks them)',
      fn: async () => {
        const { context, page } = await userPage(browser, url, 'kepala');
        ({ planId } = await ensureMonitoringState(page, url));
        await context.close();
      },
    },
    {
      name: 'a KOSEKA finds the most behind PPL at the top of Pemantauan, moves one SLS to the top suggestion, and the receiver’s target updates',
      fn: async () => {
        ready();
        const { context, page, failures } = await userPage(browser, url, 'koseka');
        await openPemantauan(page, url);
        expect((await page.textContent('h1'))?.includes('Balikpapan Timur'), 'the KOSEKA’s own kecamatan');
        const rows = await page.locator('[data-testid=ppl-row]').evaluateAll((trs) => trs.map((tr) => [Number(tr.getAttribute('data-slot-id')), tr.getAttribute('data-status') ?? '', Number(tr.getAttribute('data-remaining'))] as const));
        const ranks = rows.map(([, status, remaining]) => urgency(status, remaining));
        expect(ranks.every((r, i) => i === 0 || ranks[i - 1]! <= r), `rows not most urgent first: ${rows.map((r) => r[1]).join(', ')}`);
        const m = await monitoring(page);
        const giver = rows[0]![0];
        expect(giver === m.ppl[0]!.slotId && rows.length === m.ppl.length, 'the top row is the most urgent PPL of the monitoring answer');
        expect(rows.some(([, status]) => status === 'behind') ? ['behind', 'inactive'].includes(rows[0]![1]) : true, 'someone is behind: the top row is');
        for (const p of m.ppl.filter((x) => x.outsideAssignmentRecords > 0).slice(0, 3)) {
          expect(shown(await page.locator(`${row(p.slotId)} [data-testid=outside]`).textContent()) === p.outsideAssignmentRecords, `PPL ${p.slotId}'s records outside their assignment are flagged`);
        }
        await page.waitForSelector('[data-testid=small-multiples] .recharts-line');
        await page.waitForSelector('[data-testid=ppl-chart] .recharts-line');
        await shot(page, '40-pemantauan-koseka');
        const slsCode = await mustOpenMove(page, giver);
        const top = page.locator('[data-testid=suggestion]').first();
        const receiver = Number(await top.getAttribute('data-slot-id'));
        const suggested = Number(await top.getAttribute('data-new-target'));
        if ((await top.getAttribute('data-over-max')) === 'true') {
          await page.check('[data-testid=move-override]');
          await page.fill('[data-testid=move-note]', 'uji: semua penerima sudah penuh');
        }
        const before = Number(await page.locator(row(receiver)).getAttribute('data-target'));
        await view(page, '41-pindah-usulan');
        const answer = page.waitForResponse((r) => r.url().endsWith(`/api/plans/${planId}/moves`) && r.request().method() === 'POST');
        await page.click('[data-testid=move-confirm]');
        const response = await answer;
        expect(response.status() === 200, `the move answered ${response.status()}: ${await response.text()}`);
        const moved = (await response.json()) as { to: { slotId: number; dailyTargetFamilies: number }; families: number };
        expect(moved.to.slotId === receiver && Math.abs(moved.to.dailyTargetFamilies - suggested) <= 0.5, `moved to ${moved.to.slotId} at ${moved.to.dailyTargetFamilies}, suggested ${receiver} at ${suggested}`);
        expect((await page.textContent('[data-testid=notice][data-kind=ok]'))?.includes(slsCode), 'the notice names the SLS moved');
        await page.click('[data-testid=dialog-close]');
        const target = await until(() => page.locator(`${row(receiver)} [data-testid=target]`).textContent(), (t) => shown(t) === moved.to.dailyTargetFamilies, 'the receiver’s target on the page');
        expect(shown(target) > before, `the receiver’s target should rise from ${before}`);
        await page.locator(row(receiver)).scrollIntoViewIfNeeded();
        await view(page, '42-pindah-selesai');
        const log = await apiOf(page, url).get<{ entries: { action: string; slsCode: string }[] }>(`/api/audit?sls=${slsCode}`);
        expect(log.entries[0]?.action.startsWith('assignment.'), 'the move is in the SLS’s log');
        expect(failures.length === 0, `5xx answers: ${failures.join(', ')}`);
        await context.close();
      },
    },
    {
      name: 'a move on a version another KOSEKA changed first is rolled back, and the page says what the SLS holds now',
      fn: async () => {
        ready();
        const a = await userPage(browser, url, 'koseka');
        const b = await userPage(browser, url, 'koseka');
        await openPemantauan(a.page, url);
        const giver = Number(await a.page.locator('[data-testid=ppl-row]').first().getAttribute('data-slot-id'));
        const slsCode = await mustOpenMove(a.page, giver, 2);
        const giverLabel = (await a.page.locator(`${row(giver)} [data-testid=open-ppl]`).textContent())!.trim();
        const remainingBefore = Number(await a.page.locator(row(giver)).getAttribute('data-remaining'));
        // The second KOSEKA moves one family of the same SLS first, through the API.
        const apiB = apiOf(b.page, url);
        const [held] = (await apiB.get<{ slotId: number; version: number }[]>(`/api/plans/${planId}/assignments?sls=${slsCode}`)).filter((r) => r.slotId === giver);
        const { suggestions } = await apiB.get<{ suggestions: { slotId: number; overMax: boolean }[] }>(`/api/plans/${planId}/moves/suggestions?sls=${slsCode}&from=${giver}&families=1`);
        await apiB.post(`/api/plans/${planId}/moves`, { slsCode, fromSlotId: giver, toSlotId: suggestions[0]!.slotId, version: held!.version, families: 1, ...(suggestions[0]!.overMax ? { override: true, note: 'uji' } : {}) });
        const logBefore = (await apiB.get<{ entries: unknown[] }>(`/api/audit?sls=${slsCode}`)).entries.length;
        const answer = a.page.waitForResponse((r) => r.url().endsWith(`/api/plans/${planId}/moves`));
        await a.page.click('[data-testid=move-confirm]');
        expect((await answer).status() === 409, 'the stale move answers 409');
        const notice = await a.page.textContent('[data-testid=notice][data-kind=error]');
        expect(notice?.includes(slsCode) && notice.includes(giverLabel), `the rollback notice names the SLS and who holds it now: ${notice}`);
        expect(await a.page.locator('[data-testid=move-form]').count() === 0, 'the move form closes');
        // What the page shows is the server's state: the giver has one family fewer, not the whole SLS moved.
        await until(() => a.page.locator(row(giver)).getAttribute('data-remaining'), (v) => Number(v) === remainingBefore - 1, 'the giver’s families left after the rollback and reload');
        const version = await until(() => a.page.locator(`[data-testid=sls-row][data-sls="${slsCode}"]`).getAttribute('data-version'), (v) => Number(v) > held!.version, 'the SLS row shows the new version');
        expect(Number(version) > held!.version, 'new version shown');
        const logAfter = (await apiB.get<{ entries: unknown[] }>(`/api/audit?sls=${slsCode}`)).entries.length;
        expect(logAfter === logBefore, 'the refused move wrote nothing to the log');
        await view(a.page, '43-pindah-409');
        expect([...a.failures, ...b.failures].length === 0, `5xx answers: ${[...a.failures, ...b.failures].join(', ')}`);
        await a.context.close();
        await b.context.close();
      },
    },
    {
      name: 'a move past the receiver’s maximum is refused with the reason, the view put back, and done with an override and a note',
      fn: async () => {
        ready();
        const { context, page, failures } = await userPage(browser, url, 'koseka');
        await openPemantauan(page, url);
        const ids = await page.locator('[data-testid=ppl-row]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-slot-id'))));
        let over: number | null = null;
        for (const giver of ids.slice(0, 8)) {
          if ((await openMove(page, giver, 30)) === null) continue;
          if ((await page.locator('[data-testid=suggestions-more]').count()) > 0) await page.click('[data-testid=suggestions-more]');
          over = await page.locator('[data-testid=suggestion][data-over-max=true]').first().getAttribute('data-slot-id', { timeout: 500 }).then(Number, () => null);
          if (over !== null) break;
          await page.click('[data-testid=dialog-close]');
        }
        expect(over !== null, 'no move of a large SLS passes a receiver’s maximum in the first 8 PPL');
        const before = await page.locator(row(over!)).getAttribute('data-target');
        await page.locator(`[data-testid=suggestion][data-slot-id="${over}"] input`).check();
        await page.click('[data-testid=move-confirm]');
        const refused = await page.textContent('[data-testid=move-error]');
        expect(refused && /14/.test(refused), `the refusal names the maximum: ${refused}`);
        expect((await page.locator(row(over!)).getAttribute('data-target')) === before, 'the receiver’s target is put back');
        await view(page, '44-pindah-422');
        await page.check('[data-testid=move-override]');
        await page.click('[data-testid=move-confirm]');
        await until(() => page.textContent('[data-testid=move-error]'), (t) => t !== refused, 'an override without a note is refused on the page');
        await page.fill('[data-testid=move-note]', 'uji: PPL ini sanggup lembur');
        await page.click('[data-testid=move-confirm]');
        await page.waitForSelector('[data-testid=notice][data-kind=ok]');
        expect(failures.length === 0, `5xx answers: ${failures.join(', ')}`);
        await context.close();
      },
    },
    {
      name: 'a PML sees only her own team in Pemantauan',
      fn: async () => {
        ready();
        const k = await userPage(browser, url, 'koseka');
        const m = await monitoring(k.page);
        await k.context.close();
        const team = m.teams.find((t) => t.pmlName === 'Rina Wulandari');
        expect(team, 'the demo PML leads a team');
        const { context, page, failures } = await userPage(browser, url, 'pml');
        await openPemantauan(page, url);
        const teams = await page.locator('[data-testid=ppl-row]').evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-pml-slot-id'))));
        expect(teams.length === team!.pplCount && teams.every((id) => id === team!.pmlSlotId), `the PML sees ${teams.length} rows of teams ${[...new Set(teams)].join(', ')}; her team has ${team!.pplCount}`);
        expect(teams.length < m.ppl.length, 'fewer than the KOSEKA');
        expect(await page.locator('[data-testid=team-table]').count() === 0, 'no table of other teams');
        await shot(page, '45-pemantauan-pml');
        expect(failures.length === 0, `5xx answers: ${failures.join(', ')}`);
        await context.close();
      },
    },
    {
      name: 'a KOSEKA marks a PPL inactive, edits the proposed spread and approves it in one step',
      fn: async () => {
        ready();
        const { context, page, failures } = await userPage(browser, url, 'koseka');
        await openPemantauan(page, url);
        const active = page.locator('[data-testid=ppl-row][data-status=on_track], [data-testid=ppl-row][data-status=behind]');
        const slotId = Number(await active.last().getAttribute('data-slot-id'));
        await page.locator(`${row(slotId)} [data-testid=open-ppl]`).click();
        await page.click('[data-testid=dropout-open]');
        await page.selectOption('[data-testid=dropout-reason]', 'sick');
        await page.fill('[data-testid=dropout-note]', 'uji: dirawat di rumah sakit');
        await page.click('[data-testid=dropout-propose]');
        await page.waitForSelector('[data-testid=dropout-spread]');
        const selects = page.locator('[data-testid=dropout-receiver]');
        for (let i = 0; i < (await selects.count()); i++) {
          if ((await selects.nth(i).inputValue()) === '') await selects.nth(i).selectOption({ index: 1 });
        }
        if ((await page.locator('[data-testid=dropout-receivers] td.flag').count()) > 0) await page.check('[data-testid=dropout-override]');
        await page.locator('[data-testid=dropout-approve]').scrollIntoViewIfNeeded();
        await view(page, '46-mundur-usulan');
        await page.click('[data-testid=dropout-approve]');
        await page.waitForSelector('[data-testid=notice][data-kind=ok]');
        await page.click('[data-testid=dialog-close]');
        await until(() => page.locator(row(slotId)).getAttribute('data-status'), (s) => s === 'inactive', 'the dropout’s row');
        await until(() => page.locator(row(slotId)).getAttribute('data-remaining'), (s) => s === '0', 'the dropout has nothing left');
        await page.goto(`${url}/pemantauan/log?ppl=${slotId}`);
        expect((await page.locator('[data-testid=audit-row][data-action="ppl.dropout"]').count()) === 1, 'the dropout is in the PPL’s log');
        expect(failures.length === 0, `5xx answers: ${failures.join(', ')}`);
        await context.close();
      },
    },
    {
      name: 'Pemantauan, a move and the log read in Indonesian and English at 1280 and 390 px, tables scrolling inside their box',
      fn: async () => {
        ready();
        const { context, page, failures } = await userPage(browser, url, 'koseka');
        const leaks: string[] = [];
        for (const lang of ['id', 'en'] as const) {
          await page.goto(`${url}/pemantauan`);
          if ((await page.locator('html').getAttribute('lang')) !== lang) {
            await page.click('[data-testid=lang-switch]');
            await page.waitForSelector(`html[lang=${lang}]`);
          }
          for (const width of [1280, 390]) {
            await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
            await openPemantauan(page, url);
            await page.waitForSelector('[data-testid=small-multiples] .recharts-line');
            const wide = await page.evaluate(() => document.documentElement.scrollWidth);
            expect(wide <= width + 2, `/pemantauan is ${wide} px wide at ${width}`);
            leaks.push(...(await foreignWordsOn(page, lang)).map((w) => `${lang} ${width} /pemantauan: ${w}`));
            await shot(page, `47-pemantauan-${lang}-${width}`);
            const giver = Number(await page.locator('[data-testid=ppl-row]').first().getAttribute('data-slot-id'));
            await mustOpenMove(page, giver);
            leaks.push(...(await foreignWordsOn(page, lang)).map((w) => `${lang} ${width} move: ${w}`));
            await view(page, `48-pindah-${lang}-${width}`);
            await page.goto(`${url}/pemantauan/log?kecamatan=${kecamatan}`);
            await page.waitForSelector('[data-testid=audit-table]');
            const logWide = await page.evaluate(() => document.documentElement.scrollWidth);
            expect(logWide <= width + 2, `the log is ${logWide} px wide at ${width}`);
            leaks.push(...(await foreignWordsOn(page, lang)).map((w) => `${lang} ${width} log: ${w}`));
            await shot(page, `49-log-${lang}-${width}`);
          }
        }
        expect(leaks.length === 0, `words of the other language:\n      ${leaks.join('\n      ')}`);
        const csv = await page.request.get(`${url}/api/audit?kecamatan=${kecamatan}&format=csv`);
        expect(csv.status() === 200 && (await csv.text()).split('\n').length > 2, 'the log’s CSV holds the moves');
        expect(failures.length === 0, `5xx answers: ${failures.join(', ')}`);
        await context.close();
      },
    },
  ];
}

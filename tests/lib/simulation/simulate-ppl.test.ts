import { describe, expect, it } from 'vitest';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { isFinalOutcome } from '@/lib/interviews/outcomes';
import { defaultOperationParams } from '@/lib/operations/params';
import { simulatePpl } from '@/lib/simulation/simulate-ppl';
import type { SimulatedPpl } from '@/lib/simulation/types';

// 15 Oct - 14 Nov 2022, every day a working day, 15 Oct - 8 Nov planned (25 days), then 6 reserve days.
const workingDays = workingCalendar({ params: defaultOperationParams });
const seed = 20221015;
const steady = { factor: 1, lagging: false };

const ppl = (over: Partial<SimulatedPpl> = {}): SimulatedPpl => ({
  key: 'PPL 64.71.01-001',
  slotId: 1,
  pplId: 101,
  teamSlotId: 50,
  districtCode: '64.71.01',
  onSiteDays: 25,
  remote: false,
  workingDays,
  sls: [{ slsCode: '64.71.01.1001.0001', families: 120 }, { slsCode: '64.71.01.1001.0002', families: 130 }],
  ...over,
});

/** Families whose latest visit is final, and how many visits each family got. */
function tally(visits: ReturnType<typeof simulatePpl>['visits']) {
  const latest = new Map<string, string>();
  for (const v of visits) latest.set(`${v.slsCode}/${v.family}`, v.outcome);
  return { final: [...latest.values()].filter((o) => isFinalOutcome(o as never)).length, families: latest.size };
}

describe('simulatePpl', () => {
  it.each([
    // what                                  PPL                                                        until         first day     last day
    ['a road PPL starts on day one', {}, '2022-10-28', '2022-10-15', '2022-10-28'],
    // (the seed gives PPL -001 no wait for the charter, -003 one day, -004 two)
    ['a plane territory starts after its 2 travel days', { onSiteDays: 21, remote: true, key: 'PPL 65.02.05-001' }, '2022-10-28', '2022-10-17', '2022-10-28'],
    ['another waits a day for its charter', { onSiteDays: 21, remote: true, key: 'PPL 65.02.05-003' }, '2022-10-28', '2022-10-18', '2022-10-28'],
    ['and another two', { onSiteDays: 21, remote: true, key: 'PPL 65.02.05-004' }, '2022-10-28', '2022-10-19', '2022-10-28'],
    ['nothing before the window', {}, '2022-10-14', undefined, undefined],
  ] as const)('%s', (_what, over, until, first, last) => {
    const { visits } = simulatePpl({ ppl: ppl(over), pace: steady, seed, until });
    expect(visits[0]?.visitedOn).toBe(first);
    expect(visits.at(-1)?.visitedOn).toBe(last);
  });

  it('visits about the planned families a day (10 here) once past the first week, within luck', () => {
    const { visits } = simulatePpl({ ppl: ppl(), pace: steady, seed, until: '2022-10-28' });
    const on = (date: string) => visits.filter((v) => v.visitedOn === date).length;
    expect(on('2022-10-15')).toBeGreaterThanOrEqual(5); // 6 ± 15%
    expect(on('2022-10-15')).toBeLessThanOrEqual(7);
    for (const date of ['2022-10-24', '2022-10-25', '2022-10-26', '2022-10-27', '2022-10-28']) {
      expect(on(date)).toBeGreaterThanOrEqual(10); // 12.8 ± 15%
      expect(on(date)).toBeLessThanOrEqual(15);
    }
  });

  it('revisits a family nobody was home at, later, as the same family', () => {
    const { visits } = simulatePpl({ ppl: ppl(), pace: steady, seed, until: '2022-11-14' });
    const revisits = visits.filter((v) => v.visit === 2);
    expect(revisits.length).toBeGreaterThan(5);
    for (const r of revisits) {
      const first = visits.find((v) => v.slsCode === r.slsCode && v.family === r.family && v.visit === 1)!;
      expect(first.outcome).toBe('not_home');
      expect(first.visitedOn < r.visitedOn).toBe(true);
    }
  });

  it('accounts for every family: final, pending a revisit, or not yet visited', () => {
    const run = simulatePpl({ ppl: ppl(), pace: steady, seed, until: '2022-10-28' });
    const { final, families } = tally(run.visits);
    const pendingRevisit = run.unfinished.filter((f) => f.attempts > 0).length;
    expect(families).toBe(final + pendingRevisit);
    expect(final + run.unfinished.length).toBe(250);
    expect(final / 250).toBeGreaterThan(0.4); // 14 of 25 planned days
    expect(final / 250).toBeLessThan(0.65);
  });

  it('finishes a territory by the end of the window and then stops', () => {
    const run = simulatePpl({ ppl: ppl(), pace: steady, seed, until: '2022-11-14' });
    expect(run.unfinished).toEqual([]);
    expect(tally(run.visits).final).toBe(250);
  });

  it('lags far behind at a lagging pace', () => {
    const run = simulatePpl({ ppl: ppl(), pace: { factor: 0.45, lagging: true }, seed, until: '2022-10-28' });
    expect(run.visits.length / 14).toBeLessThan(6);
  });

  it('stops on a dropout date, and a receiver works the handed families first from that date', () => {
    const dropout = simulatePpl({ ppl: ppl(), pace: steady, seed, until: '2022-10-28', stopFrom: '2022-10-25' });
    expect(dropout.visits.at(-1)!.visitedOn).toBe('2022-10-24');
    const handed = dropout.unfinished.slice(0, 20);
    const receiver = simulatePpl({
      ppl: ppl({ key: 'PPL 64.71.01-002', slotId: 2, pplId: 102, sls: [{ slsCode: '64.71.01.1002.0001', families: 250 }] }),
      pace: steady,
      seed,
      until: '2022-10-28',
      extra: { fromDate: '2022-10-25', families: handed },
    });
    const theirs = receiver.visits.filter((v) => v.slsCode === '64.71.01.1001.0001' || v.slsCode === '64.71.01.1001.0002');
    expect(theirs[0]!.visitedOn).toBe('2022-10-25');
    expect(new Set(theirs.map((v) => `${v.slsCode}/${v.family}`)).size).toBe(20);
    // a family the dropout found nobody at is the receiver's second visit to it
    for (const v of theirs) expect(v.visit).toBe(1 + (handed.find((h) => h.slsCode === v.slsCode && h.family === v.family)?.attempts ?? 0) + theirs.filter((w) => w.slsCode === v.slsCode && w.family === v.family && w.visitedOn < v.visitedOn).length);
  });
});

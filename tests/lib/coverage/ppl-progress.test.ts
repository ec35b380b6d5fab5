import { describe, expect, it } from 'vitest';
import { compareUrgency, summarizeGroupProgress, summarizePplProgress, type PplProgressInput } from '@/lib/coverage/ppl-progress';
import type { CoverageDay } from '@/lib/coverage/summarize-coverage';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { defaultOperationParams } from '@/lib/operations/params';

const calendar = workingCalendar({ params: defaultOperationParams }); // 25 working days 15 Oct .. 8 Nov, reserve to 14 Nov
const asOf = '2022-10-28'; // 14 working days done, 12 left (28 Oct .. 8 Nov)
const day = (visitDate: string, completed: number, more: Partial<CoverageDay> = {}): CoverageDay => ({ visitDate, completed, refused: 0, notHome: 0, moved: 0, notFound: 0, ...more });
const ppl = (over: Partial<PplProgressInput>): PplProgressInput => ({
  sls: [{ slsCode: 'a', families: 100 }, { slsCode: 'b', families: 150 }], // 250 at 10 a day
  onSiteDays: 25,
  remainingFamilies: 126,
  workingDaysLeft: 12,
  days: [day('2022-10-20', 100), day('2022-10-26', 8), day('2022-10-27', 6, { refused: 1, notHome: 3 }), day('2022-10-28', 9)],
  active: true,
  ...over,
});

describe('summarizePplProgress', () => {
  it('weighs a PPL behind the plan (hand-computed)', () => {
    const progress = summarizePplProgress({ calendar, asOf, ppl: ppl({}), minDailyFamilies: 10 });
    expect({ ...progress, daily: undefined }).toEqual({
      assignedSls: 2,
      assignedFamilies: 250,
      doneFamilies: 124, // 100 + 8 + 7 + 9 final (not_home is not)
      remainingFamilies: 126,
      pace: 8, // (8 + 7 + 9) / 3
      dailyTargetFamilies: 10.5, // 126 / 12
      forecastFinish: '2022-11-13', // 126 / 8 = 15.75 -> the 16th working day after 28 Oct
      plannedEnd: '2022-11-08',
      status: 'behind',
      behindFamilies: 16, // planned 14 x 10 = 140, done 124
      daily: undefined,
    });
    expect(progress.daily.find((d) => d.date === asOf)).toEqual({ date: asOf, planned: 140, actual: 124 });
  });

  it.each([
    // what changes → status, daily target
    ['nothing left of their shares', { remainingFamilies: 0 }, 10, 'done', 0],
    ['dropped out', { active: false }, 10, 'inactive', 0],
    // 50 left at (30 + 9 + 9) / 3 = 16 a day: done 1 Nov, in time; but 9 and 9 are two days under 10
    ['in time but two days under the minimum', { remainingFamilies: 50, days: [day('2022-10-20', 152), day('2022-10-26', 30), day('2022-10-27', 9), day('2022-10-28', 9)] }, 10, 'behind', 4.2],
    ['the same with a minimum of 8', { remainingFamilies: 50, days: [day('2022-10-20', 152), day('2022-10-26', 30), day('2022-10-27', 9), day('2022-10-28', 9)] }, 8, 'on_track', 4.2],
  ] as const)('%s', (_what, change, minDailyFamilies, status, target) => {
    const progress = summarizePplProgress({ calendar, asOf, ppl: ppl(change), minDailyFamilies });
    expect([progress.status, progress.dailyTargetFamilies]).toEqual([status, target]);
  });
});

describe('summarizeGroupProgress', () => {
  it('sums a team: figures, pace of the sum, the active PPL\'s targets, and counts by status', () => {
    const members = [ppl({}), ppl({ sls: [{ slsCode: 'c', families: 50 }], remainingFamilies: 0, days: [day('2022-10-27', 50)] }), ppl({ active: false, remainingFamilies: 0, days: [] })];
    const progress = members.map((m) => summarizePplProgress({ calendar, asOf, ppl: m, minDailyFamilies: 10 }));
    const team = summarizeGroupProgress({ calendar, asOf, members, progress });
    expect([team.pplCount, team.assignedSls, team.assignedFamilies, team.doneFamilies, team.remainingFamilies, team.dailyTargetFamilies]).toEqual([3, 3, 550, 174, 126, 10.5]);
    expect(team.pace).toBe(24.7); // (8 + 57 + 9) / 3
    expect(team.statusCounts).toEqual({ behind: 1, on_track: 0, done: 1, inactive: 1 });
    expect(team.daily.find((d) => d.date === asOf)?.actual).toBe(174);
  });
});

describe('compareUrgency', () => {
  const row = (label: string, status: 'behind' | 'on_track' | 'done' | 'inactive', remainingFamilies: number, behindFamilies: number, dailyTargetFamilies: number) => ({ label, status, remainingFamilies, behindFamilies, dailyTargetFamilies });
  it('puts unhanded dropouts, then the furthest behind, first and the done last', () => {
    const rows = [
      row('done', 'done', 0, 0, 0),
      row('on track', 'on_track', 100, 0, 9),
      row('behind a little', 'behind', 100, 5, 12),
      row('gone, handed over', 'inactive', 0, 0, 0),
      row('behind a lot', 'behind', 100, 30, 11),
      row('gone, work still theirs', 'inactive', 80, 0, 0),
      row('on track, higher target', 'on_track', 100, 0, 11),
    ];
    expect(rows.sort(compareUrgency).map((r) => r.label)).toEqual(['gone, work still theirs', 'behind a lot', 'behind a little', 'on track, higher target', 'on track', 'gone, handed over', 'done']);
  });
});

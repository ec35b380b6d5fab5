import { describe, expect, it } from 'vitest';
import { summarizeCoverage, type CoverageDay } from '@/lib/coverage/summarize-coverage';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { defaultOperationParams } from '@/lib/operations/params';

const calendar = workingCalendar({ params: defaultOperationParams }); // 25 working days 15 Oct .. 8 Nov, reserve to 14 Nov
const day = (visitDate: string, counts: Partial<Omit<CoverageDay, 'visitDate'>>): CoverageDay => ({ visitDate, completed: 0, refused: 0, notHome: 0, moved: 0, notFound: 0, ...counts });
const wholeSlot = (families: number) => ({ workingDays: calendar, onSiteDays: 25, sls: [{ slsCode: '', families }] });

describe('summarizeCoverage', () => {
  it('adds up the outcomes, the pace, the forecast and the cumulative series of a linear plan (hand-computed)', () => {
    const days = [
      day('2022-10-15', { completed: 3, refused: 1, notHome: 2 }), // final 4
      day('2022-10-16', { completed: 2, moved: 1 }), // final 3
      day('2022-10-17', { completed: 1, notFound: 1, notHome: 1 }), // final 2
      day('2022-10-18', { completed: 9 }), // after asOf
    ];
    const summary = summarizeCoverage({ calendar, asOf: '2022-10-17', targetFamilies: 100, days, slots: [], linearFamilies: 100 });
    expect({ ...summary, daily: undefined }).toEqual({
      planSource: 'linear',
      target: 100,
      completed: 6,
      refused: 1,
      notHome: 3,
      moved: 1,
      notFound: 1,
      percent: 9, // (6 + 1 + 1 + 1) / 100
      pace: 3, // (4 + 3 + 2) / 3 working days
      forecastFinish: '2022-11-17', // 91 left at 3 a day = 31 working days after 17 Oct
      plannedEnd: '2022-11-08',
      status: 'behind', // 17 Nov is after 8 Nov (and 3 < 4, 2 < 4 on the last two days)
      daily: undefined,
    });
    // linear 100 over 25 days: 4 a day; actual is cumulative final families, null after asOf
    expect(summary.daily.slice(0, 4)).toEqual([
      { date: '2022-10-15', planned: 4, actual: 4 },
      { date: '2022-10-16', planned: 8, actual: 7 },
      { date: '2022-10-17', planned: 12, actual: 9 },
      { date: '2022-10-18', planned: 16, actual: null },
    ]);
    expect([summary.daily.length, summary.daily.at(-1)]).toEqual([31, { date: '2022-11-14', planned: 100, actual: null }]);
  });

  it('is on track when the forecast is in time and no two days fell under the plan', () => {
    // 250 planned at 10 a day; 10, 12, 11 done: pace 11, 217 left = 20 working days after 17 Oct = 6 Nov
    const days = [day('2022-10-15', { completed: 10 }), day('2022-10-16', { completed: 12 }), day('2022-10-17', { completed: 11, notHome: 4 })];
    const summary = summarizeCoverage({ calendar, asOf: '2022-10-17', targetFamilies: 250, days, slots: [wholeSlot(250)], linearFamilies: 0 });
    expect([summary.planSource, summary.percent, summary.pace, summary.forecastFinish, summary.status]).toEqual(['plan', 13.2, 11, '2022-11-06', 'on_track']);
    expect(summary.daily[2]).toEqual({ date: '2022-10-17', planned: 30, actual: 33 });
  });

  it('measures a PPL against minDailyFamilies, an area against the day\'s planned increment', () => {
    // 300 planned at 12 a day; 20, 11, 11 done: pace 14, 258 left = 19 working days = 5 Nov, in time
    const days = [day('2022-10-15', { completed: 20 }), day('2022-10-16', { completed: 11 }), day('2022-10-17', { completed: 11 })];
    const input = { calendar, asOf: '2022-10-17', targetFamilies: 300, days, slots: [wholeSlot(300)], linearFamilies: 0 };
    expect(summarizeCoverage(input).status).toBe('behind'); // 11 < 12 on 16 and 17 Oct
    expect(summarizeCoverage({ ...input, dailyMinimumFamilies: 10 }).status).toBe('on_track'); // 11 >= 10
    expect(summarizeCoverage({ ...input, dailyMinimumFamilies: 10 }).forecastFinish).toBe('2022-11-05');
  });

  it('is done at the target, and 100 % for an area without one', () => {
    const days = [day('2022-10-20', { completed: 48, refused: 2 })];
    expect(summarizeCoverage({ calendar, asOf: '2022-10-28', targetFamilies: 50, days, slots: [], linearFamilies: 50 })).toMatchObject({ percent: 100, status: 'done', forecastFinish: '2022-10-28', pace: 0 });
    expect(summarizeCoverage({ calendar, asOf: '2022-10-28', targetFamilies: 0, days: [], slots: [], linearFamilies: 0 })).toMatchObject({ percent: 100, status: 'done', plannedEnd: null });
  });

  it('runs the series on to asOf after the window, with late work counted', () => {
    const days = [day('2022-10-20', { completed: 40 }), day('2022-11-15', { completed: 5 })];
    const summary = summarizeCoverage({ calendar, asOf: '2022-11-16', targetFamilies: 50, days, slots: [], linearFamilies: 50 });
    expect(summary.daily.slice(-2)).toEqual([
      { date: '2022-11-15', planned: 50, actual: 45 },
      { date: '2022-11-16', planned: 50, actual: 45 },
    ]);
    // 45/50 = 90 %; 5 done over 14-16 Nov is 5/3 a day; 5 left = 3 working days after 16 Nov; after the planned end
    expect([summary.percent, summary.pace, summary.forecastFinish, summary.status]).toEqual([90, 1.7, '2022-11-19', 'behind']);
  });
});

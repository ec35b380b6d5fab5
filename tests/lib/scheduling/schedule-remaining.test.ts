import { describe, expect, it } from 'vitest';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { defaultOperationParams } from '@/lib/operations/params';
import { onSiteDates, scheduleRemaining } from '@/lib/scheduling/schedule-remaining';

// Default rules: 15 Oct .. 14 Nov, working days 15 Oct .. 8 Nov (25), reserve 9 .. 14 Nov (6).
const workingDays = countWorkingDays({ params: defaultOperationParams });
const kinds = (days: { kind: string }[]) => days.map((d) => d.kind[0]).join('');

describe('onSiteDates', () => {
  it.each([
    // on-site days → first and last on-site date, count
    [25, '2022-10-15', '2022-11-08', 25],
    [21, '2022-10-17', '2022-11-06', 21], // 2 travel days at each end
    [20, '2022-10-17', '2022-11-05', 20], // 5 travel days: 2 before, 3 after
    [40, '2022-10-15', '2022-11-08', 25], // never more than the working days
  ])('%i on-site days: %s .. %s', (onSiteDays, first, last, count) => {
    const dates = onSiteDates({ onSiteDays, workingDays });
    expect([dates[0], dates.at(-1), dates.length]).toEqual([first, last, count]);
  });
});

describe('scheduleRemaining', () => {
  it('spreads what is left over the on-site days from today, today included, and shows nothing before it', () => {
    // 28 Oct: 12 working days left to 8 Nov; 130 families -> 10 or 11 a day
    const plan = scheduleRemaining({ sls: [{ slsCode: 'a', families: 60 }, { slsCode: 'b', families: 70 }], onSiteDays: 25, workingDays, fromDate: '2022-10-28' });
    expect(plan.days[0]?.date).toBe('2022-10-28');
    expect(plan.days).toHaveLength(18); // 28 Oct .. 14 Nov
    expect(plan.workingDaysLeft).toBe(12);
    expect(kinds(plan.days)).toBe('wwwwwwwwwwwwrrrrrr'); // 12 work, 6 reserve
    expect(plan.days.filter((d) => d.kind === 'work').map((d) => d.families)).toEqual([10, 11, 11, 11, 11, 11, 10, 11, 11, 11, 11, 11]);
    expect(plan.days.reduce((s, d) => s + d.families, 0)).toBe(130);
    expect(plan.days[0]?.slsCodes).toEqual(['a']);
    expect(plan.days[11]?.slsCodes).toEqual(['b']);
    expect(plan.unscheduledFamilies).toBe(0);
  });

  it('keeps a remote PPL\'s travel days where the plan put them', () => {
    // 21 on site: travel 15-16 Oct and 7-8 Nov; from 5 Nov two on-site days are left (5, 6 Nov)
    const plan = scheduleRemaining({ sls: [{ slsCode: 'x', families: 9 }], onSiteDays: 21, workingDays, fromDate: '2022-11-05' });
    expect(plan.days.slice(0, 4).map((d) => `${d.date} ${d.kind} ${d.families}`)).toEqual([
      '2022-11-05 work 4',
      '2022-11-06 work 5',
      '2022-11-07 travel 0',
      '2022-11-08 travel 0',
    ]);
    expect(plan.workingDaysLeft).toBe(2);
  });

  it('puts work left after the planned end into the reserve days, with no on-site day left to plan by', () => {
    const plan = scheduleRemaining({ sls: [{ slsCode: 'a', families: 12 }], onSiteDays: 25, workingDays, fromDate: '2022-11-12' });
    expect(plan.days.map((d) => `${d.kind} ${d.families}`)).toEqual(['work 4', 'work 4', 'work 4']);
    expect(plan.workingDaysLeft).toBe(0);
  });

  it('leaves work unscheduled once the window is over, and a PPL with nothing left has an empty plan', () => {
    expect(scheduleRemaining({ sls: [{ slsCode: 'a', families: 12 }], onSiteDays: 25, workingDays, fromDate: '2022-11-15' })).toEqual({ days: [], workingDaysLeft: 0, unscheduledFamilies: 12 });
    const none = scheduleRemaining({ sls: [], onSiteDays: 25, workingDays, fromDate: '2022-11-01' });
    expect(none.days.every((d) => d.families === 0)).toBe(true);
    expect(none.workingDaysLeft).toBe(8); // 1 .. 8 Nov
  });

  it('marks rest weekdays and holidays from today on as rest', () => {
    const wd = countWorkingDays({ params: { ...defaultOperationParams, restWeekdays: [0], holidays: ['2022-11-01'] } });
    const plan = scheduleRemaining({ sls: [{ slsCode: 'a', families: 50 }], onSiteDays: wd.count, workingDays: wd, fromDate: '2022-10-29' });
    expect(plan.days.find((d) => d.date === '2022-10-30')?.kind).toBe('rest'); // a Sunday
    expect(plan.days.find((d) => d.date === '2022-11-01')?.kind).toBe('rest');
    expect(plan.days.reduce((s, d) => s + d.families, 0)).toBe(50);
  });
});

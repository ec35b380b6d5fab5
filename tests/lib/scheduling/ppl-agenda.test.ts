import { describe, expect, it } from 'vitest';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { defaultOperationParams } from '@/lib/operations/params';
import { pplAgenda, sharesLeftAtStartOfDay } from '@/lib/scheduling/ppl-agenda';

// Default rules: 15 Oct .. 14 Nov, working days 15 Oct .. 8 Nov (25), reserve 9 .. 14 Nov (6).
const workingDays = countWorkingDays({ params: defaultOperationParams });
const share = (slsCode: string, families: number, doneFamilies: number) => ({ slsCode, families, doneFamilies });

describe('sharesLeftAtStartOfDay', () => {
  it.each([
    // shares (families, done), done today → left per SLS when today began
    { case: 'nothing done today', shares: [share('a', 60, 30), share('b', 70, 0)], today: 0, left: [['a', 30], ['b', 70]] },
    { case: 'today in the last SLS worked', shares: [share('a', 60, 60), share('b', 70, 5)], today: 5, left: [['b', 70]] },
    { case: 'today across two SLS', shares: [share('a', 60, 60), share('b', 70, 5)], today: 8, left: [['a', 3], ['b', 70]] },
    { case: 'more done today than in the shares (outside the assignment)', shares: [share('a', 10, 2)], today: 9, left: [['a', 10]] },
    { case: 'an SLS with more families than estimated stays at 0 left', shares: [share('a', 10, 14), share('b', 5, 0)], today: 1, left: [['b', 5]] },
  ])('$case', ({ shares, today, left }) => {
    expect(sharesLeftAtStartOfDay({ shares, doneTodayFamilies: today }).map((s) => [s.slsCode, s.families])).toEqual(left);
  });
});

describe('pplAgenda', () => {
  it('shows the plan before today with what was done, and re-spreads what was left when today began', () => {
    // 130 families over 25 days: 5 or 6 a day as planned. 28 Oct: 40 done before today, 4 today; 90 left at the
    // start of the day over 12 working days (28 Oct .. 8 Nov): 7 or 8 a day.
    const doneByDate = new Map([['2022-10-20', 40], ['2022-10-28', 4]]);
    const agenda = pplAgenda({ shares: [share('a', 60, 44), share('b', 70, 0)], onSiteDays: 25, workingDays, today: '2022-10-28', doneByDate });
    expect(agenda.days).toHaveLength(31);
    const row = (date: string) => agenda.days.find((d) => d.date === date)!;
    expect(row('2022-10-15')).toEqual({ date: '2022-10-15', kind: 'work', plannedFamilies: 5, slsCodes: ['a'], doneFamilies: 0 });
    expect(row('2022-10-20')).toMatchObject({ plannedFamilies: 5, doneFamilies: 40 });
    expect(agenda.today).toEqual({ date: '2022-10-28', kind: 'work', plannedFamilies: 7, slsCodes: ['a'], doneFamilies: 4 });
    expect(row('2022-10-29')).toMatchObject({ plannedFamilies: 8, doneFamilies: null });
    expect(row('2022-11-09')).toMatchObject({ kind: 'reserve', plannedFamilies: 0, doneFamilies: null });
    expect(agenda.days.filter((d) => d.date >= '2022-10-28').reduce((s, d) => s + d.plannedFamilies, 0)).toBe(90);
    expect(agenda.nextWorkDay?.date).toBe('2022-10-28');
  });

  it('keeps a remote PPL\'s travel days and names the next working day on one of them', () => {
    // 21 on site: travel 15-16 Oct and 7-8 Nov
    const agenda = pplAgenda({ shares: [share('x', 42, 0)], onSiteDays: 21, workingDays, today: '2022-10-15', doneByDate: new Map() });
    expect(agenda.days.slice(0, 3).map((d) => `${d.kind} ${d.plannedFamilies}`)).toEqual(['travel 0', 'travel 0', 'work 2']);
    expect(agenda.days.filter((d) => d.kind === 'travel').map((d) => d.date)).toEqual(['2022-10-15', '2022-10-16', '2022-11-07', '2022-11-08']);
    expect(agenda.today?.kind).toBe('travel');
    expect(agenda.nextWorkDay?.date).toBe('2022-10-17');
  });

  it.each([
    { case: 'before the window: all of it ahead', today: '2022-10-01', todayEntry: null, next: '2022-10-15', ahead: 50 },
    { case: 'after the window: nothing ahead', today: '2022-11-20', todayEntry: null, next: null, ahead: 0 },
    { case: 'everything done: nothing ahead', today: '2022-10-28', todayEntry: 'work 0', next: null, ahead: 0, done: 50 },
  ])('$case', ({ today, todayEntry, next, ahead, done = 0 }) => {
    const agenda = pplAgenda({ shares: [share('a', 50, done)], onSiteDays: 25, workingDays, today, doneByDate: new Map() });
    expect(agenda.today && `${agenda.today.kind} ${agenda.today.plannedFamilies}`).toBe(todayEntry);
    expect(agenda.nextWorkDay?.date ?? null).toBe(next);
    expect(agenda.days.filter((d) => d.doneFamilies === null).reduce((s, d) => s + d.plannedFamilies, 0) + (agenda.today?.plannedFamilies ?? 0)).toBe(ahead);
  });
});

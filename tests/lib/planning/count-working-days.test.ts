import { describe, expect, it } from 'vitest';
import { defaultOperationParams } from '@/lib/operations/params';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { NoWorkingDaysError } from '@/lib/planning/errors';

const params = defaultOperationParams; // 2022-10-15 (Saturday) .. 2022-11-14 (Monday), 31 days, 6 in reserve

describe('countWorkingDays', () => {
  it.each([
    // 31 days, nothing off: 31 - 6 reserve = 25, the last working day 8 Nov
    { rule: 'defaults', restWeekdays: [], holidays: [], reserveDays: 6, count: 25, last: '2022-11-08', reserve: ['2022-11-09', '2022-11-14'] },
    // 5 Sundays (16, 23, 30 Oct, 6, 13 Nov) off: 26 open - 6 = 20; the reserve skips Sunday 13 Nov
    { rule: 'Sundays off', restWeekdays: [0], holidays: [], reserveDays: 6, count: 20, last: '2022-11-07', reserve: ['2022-11-08', '2022-11-14'] },
    // weekends (10 days) and Monday 17 Oct off: 20 open - 6 = 14, ending Friday 4 Nov
    { rule: 'weekends and a holiday', restWeekdays: [0, 6], holidays: ['2022-10-17'], reserveDays: 6, count: 14, last: '2022-11-04', reserve: ['2022-11-07', '2022-11-14'] },
    { rule: 'no reserve', restWeekdays: [], holidays: [], reserveDays: 0, count: 31, last: '2022-11-14', reserve: [] },
  ])('$rule: $count working days up to $last', ({ restWeekdays, holidays, reserveDays, count, last, reserve }) => {
    const days = countWorkingDays({ params: { ...params, restWeekdays, holidays, reserveDays } });
    expect(days.count).toBe(count);
    expect(days.dates).toHaveLength(count);
    expect(days.dates[count - 1]).toBe(last);
    expect(days.windowDates).toHaveLength(31);
    expect(days.reserveDates).toHaveLength(reserveDays);
    expect([days.reserveDates[0], days.reserveDates[reserveDays - 1]].filter(Boolean)).toEqual(reserve);
  });

  it('never plans work on a rest day or holiday', () => {
    const days = countWorkingDays({ params: { ...params, restWeekdays: [0], holidays: ['2022-10-20', '2022-11-01'] } });
    expect(days.dates).not.toContain('2022-10-16'); // Sunday
    expect(days.dates).not.toContain('2022-10-20');
    expect(days.dates).not.toContain('2022-11-01');
    expect(days.dates[0]).toBe('2022-10-15');
  });

  it('throws a named error when the reserve leaves no working day, or the window is not a date range', () => {
    expect(() => countWorkingDays({ params: { ...params, reserveDays: 31 } })).toThrow(NoWorkingDaysError);
    expect(() => countWorkingDays({ params: { ...params, restWeekdays: [0, 1, 2, 3, 4, 5, 6], reserveDays: 0 } })).toThrow(NoWorkingDaysError);
    expect(() => countWorkingDays({ params: { ...params, windowStart: '2022-13-01' } })).toThrow(NoWorkingDaysError);
  });
});

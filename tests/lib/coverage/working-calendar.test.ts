import { describe, expect, it } from 'vitest';
import { addWorkingDays, farthestDate, isWorkingDay, recentWorkingDays, seriesDates, workingCalendar } from '@/lib/coverage/working-calendar';
import { defaultOperationParams } from '@/lib/operations/params';

// 2022-10-15 (Saturday) .. 2022-11-14 (Monday): 31 days, 25 planned working days to 8 Nov, 6 in reserve
const plain = workingCalendar({ params: defaultOperationParams });
// Sundays (16, 23, 30 Oct, 6, 13 Nov) off and a holiday on Thursday 20 Oct
const sundaysOff = workingCalendar({ params: { ...defaultOperationParams, restWeekdays: [0], holidays: ['2022-10-20'] } });
const calendars = { plain, sundaysOff };

describe('workingCalendar', () => {
  it('plans work to 8 Nov and keeps 6 working days in reserve (reusing countWorkingDays)', () => {
    expect([plain.dates.length, plain.dates.at(-1), plain.reserveDates, plain.windowDates.length]).toEqual([25, '2022-11-08', ['2022-11-09', '2022-11-10', '2022-11-11', '2022-11-12', '2022-11-13', '2022-11-14'], 31]);
    // 31 days - 5 Sundays - 1 holiday = 25 open, 19 planned; the reserve 8-14 Nov skips Sunday 13 Nov
    expect([sundaysOff.dates.length, sundaysOff.dates.at(-1)]).toEqual([19, '2022-11-07']);
  });

  it.each([
    // calendar     date          working
    ['plain', '2022-10-14', false], // before the window
    ['plain', '2022-10-15', true],
    ['plain', '2022-11-10', true], // a reserve day: late work still happens
    ['plain', '2022-11-20', true], // after the window: the forecast goes on
    ['sundaysOff', '2022-10-16', false], // Sunday
    ['sundaysOff', '2022-10-20', false], // holiday
    ['sundaysOff', '2022-11-20', false], // a Sunday after the window
    ['sundaysOff', '2022-11-21', true],
  ] as const)('%s: %s working = %s', (calendar, date, working) => {
    expect(isWorkingDay(calendars[calendar], date)).toBe(working);
  });

  it.each([
    // calendar     asOf          count  days
    ['plain', '2022-10-28', 3, ['2022-10-26', '2022-10-27', '2022-10-28']],
    ['sundaysOff', '2022-10-31', 3, ['2022-10-28', '2022-10-29', '2022-10-31']], // skips Sunday 30 Oct
    ['sundaysOff', '2022-10-30', 3, ['2022-10-27', '2022-10-28', '2022-10-29']], // asOf itself a Sunday
    ['sundaysOff', '2022-10-22', 3, ['2022-10-19', '2022-10-21', '2022-10-22']], // skips the holiday
    ['plain', '2022-10-16', 3, ['2022-10-15', '2022-10-16']], // only two days of the window so far
    ['plain', '2022-10-10', 3, []],
  ] as const)('%s: up to %s, the last %s working days', (calendar, asOf, count, days) => {
    expect(recentWorkingDays({ calendar: calendars[calendar], asOf, count })).toEqual(days);
  });

  it.each([
    // calendar     after         count  day
    ['plain', '2022-10-28', 1, '2022-10-29'],
    ['sundaysOff', '2022-10-29', 1, '2022-10-31'], // over Sunday
    ['sundaysOff', '2022-10-19', 1, '2022-10-21'], // over the holiday
    ['plain', '2022-10-01', 1, '2022-10-15'], // from before the window: its first day
    ['sundaysOff', '2022-11-14', 10, '2022-11-25'], // 15-19, 21-25 Nov
    ['plain', '2022-10-28', 100, '2023-02-05'], // 3 + 30 + 31 + 31 + 5 days
    ['sundaysOff', '2022-11-14', 312, '2023-11-13'], // 52 weeks of 6 working days, skipped a week at a time
    ['sundaysOff', '2022-10-15', 30, '2022-11-21'], // day by day over the holiday, then by weeks inside the window
  ] as const)('%s: after %s, %s working days', (calendar, after, count, day) => {
    expect(addWorkingDays({ calendar: calendars[calendar], after, count })).toBe(day);
  });

  it('names the farthest date for a finish beyond the year 9999 instead of an invalid date', () => {
    expect(addWorkingDays({ calendar: plain, after: '2022-10-28', count: 1e12 })).toBe(farthestDate);
  });

  it('runs a series over the window, and on to asOf after it', () => {
    expect(seriesDates({ calendar: plain, asOf: '2022-10-28' })).toHaveLength(31);
    const late = seriesDates({ calendar: plain, asOf: '2022-11-16' });
    expect([late.length, late.at(-1)]).toEqual([33, '2022-11-16']);
  });
});

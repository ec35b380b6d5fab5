import { describe, expect, it } from 'vitest';
import { forecastFinish } from '@/lib/coverage/forecast-finish';
import { paceFamiliesPerDay } from '@/lib/coverage/pace-families-per-day';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { defaultOperationParams } from '@/lib/operations/params';

const calendars = {
  plain: workingCalendar({ params: defaultOperationParams }), // every day works, 15 Oct .. 14 Nov
  sundaysOff: workingCalendar({ params: { ...defaultOperationParams, restWeekdays: [0] } }), // Sunday 30 Oct off
};
const finals = (byDate: Record<string, number>) => Object.entries(byDate).map(([date, families]) => ({ date, families }));

describe('paceFamiliesPerDay', () => {
  it.each([
    // calendar     asOf          final families per visit date                                      families/day
    ['plain', '2022-10-28', { '2022-10-25': 100, '2022-10-26': 30, '2022-10-27': 33, '2022-10-28': 36 }, 33], // (30+33+36)/3; the 25th is older
    ['plain', '2022-10-28', { '2022-10-27': 30, '2022-10-29': 500 }, 10], // after asOf: not yet
    ['sundaysOff', '2022-10-31', { '2022-10-28': 10, '2022-10-29': 11, '2022-10-30': 6, '2022-10-31': 12 }, 13], // Sunday's 6 counts, over 3 working days
    ['plain', '2022-10-16', { '2022-10-15': 20, '2022-10-16': 25 }, 22.5], // two days into the window: over two
    ['plain', '2022-10-10', {}, 0], // before the window
    ['plain', '2022-10-28', {}, 0],
  ] as const)('%s, as of %s: %j is %s a day', (calendar, asOf, byDate, pace) => {
    expect(paceFamiliesPerDay({ calendar: calendars[calendar], asOf, dailyFinal: finals(byDate) })).toBe(pace);
  });
});

describe('forecastFinish', () => {
  it.each([
    // calendar     asOf          remaining  families/day  finish
    ['plain', '2022-10-28', 100, 33, '2022-11-01'], // ceil(100/33) = 4 working days: 29, 30, 31 Oct, 1 Nov
    ['sundaysOff', '2022-10-28', 100, 25, '2022-11-02'], // 29, 31 Oct, 1, 2 Nov
    ['plain', '2022-10-28', 65, 13 / 3, '2022-11-12'], // exactly 15 days, though 65 / (13/3) > 15 in floating point
    ['plain', '2022-10-28', 1000, 10, '2023-02-05'], // 100 working days, far past the window
    ['plain', '2022-10-28', 0, 10, '2022-10-28'], // nothing left: done as of asOf
    ['plain', '2022-10-28', -5, 0, '2022-10-28'], // more families than the target
    ['plain', '2022-10-28', 100, 0, null], // no pace, no forecast
  ] as const)('%s, as of %s: %s families at %s a day finish on %s', (calendar, asOf, remainingFamilies, familiesPerDay, finish) => {
    expect(forecastFinish({ calendar: calendars[calendar], asOf, remainingFamilies, familiesPerDay })).toBe(finish);
  });
});

import { describe, expect, it } from 'vitest';
import { dailyVisits, momentumOf } from '@/lib/simulation/daily-visits';

describe('dailyVisits', () => {
  it.each<[number, number, number, string, number, number, number, boolean?]>([
    // planned/day  pace  field day  date (weekday)        luck u1, u2  visits     (a lagging PPL: no catching up)
    [10, 1, 0, '2022-10-15', 0.5, 0, 6], // first day: 10 x 0.6
    [10, 1, 6, '2022-10-21', 0.5, 0, 10], // a week in: as planned
    [10, 1, 7, '2022-10-22', 0.5, 0, 12], // catching up: 10 x 1.28 = 12.8
    [10, 1, 7, '2022-10-23', 0.5, 0, 10], // a Sunday: 12.8 x 0.85 = 10.9
    [10, 1, 7, '2022-10-22', 0, 0, 10], // a bad day: 12.8 x 0.85 = 10.9
    [10, 1, 7, '2022-10-22', 1, 0, 14], // a good day: 12.8 x 1.15 = 14.7
    [10, 1, 7, '2022-10-22', 0.5, 0.3, 13], // 12.8 rounded up by the draw
    [12, 0.45, 10, '2022-10-26', 0.5, 0, 5, false], // a lagging PPL: 12 x 0.45 = 5.4
    [14, 0.55, 10, '2022-10-26', 1, 0.99, 9, false], // the fastest laggard on their best day: 14 x 0.55 x 1.15 = 8.9
    [0, 1, 3, '2022-10-26', 0.5, 0.99, 0], // nothing planned
  ])('%s planned a day at pace %s on field day %s (%s), luck %s/%s: %s visits', (plannedPerDay, factor, fieldDay, date, u1, u2, visits, catchesUp = true) => {
    expect(dailyVisits({ plannedPerDay, factor, fieldDay, date, u1, u2, catchesUp })).toBe(visits);
  });

  it('ramps up over the first week, then runs above plan', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((day) => momentumOf(day))).toEqual([0.6, 0.75, 0.85, 0.92, 0.97, 1, 1, 1.28, 1.28]);
    expect(momentumOf(20, false)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { coverageStatus } from '@/lib/coverage/coverage-status';

/** working days up to asOf as "actual/minimum" pairs, oldest first */
const days = (...pairs: string[]) =>
  pairs.map((p, i) => {
    const [actual, minimum] = p.split('/').map(Number) as [number, number];
    return { date: `2022-10-${String(20 + i)}`, actualFamilies: actual, minimumFamilies: minimum };
  });

describe('coverageStatus', () => {
  it.each([
    // case                                   target final  forecast      planned end   working days (actual/minimum)        status
    ['final reaches the target', 100, 100, '2022-11-20', '2022-11-08', days('0/10', '0/10'), 'done'],
    ['more families than the target', 100, 104, null, '2022-11-08', [], 'done'],
    ['forecast after the planned end', 100, 40, '2022-11-09', '2022-11-08', days('12/10', '12/10'), 'behind'],
    ['forecast on the planned end', 100, 40, '2022-11-08', '2022-11-08', days('12/10', '12/10'), 'on_track'],
    ['under the minimum on the last two days', 100, 40, '2022-11-01', '2022-11-08', days('12/10', '9/10', '8/10'), 'behind'],
    ['under on three days in a row', 100, 40, '2022-11-01', '2022-11-08', days('9/10', '9/10', '9/10'), 'behind'],
    ['under on the last day only', 100, 40, '2022-11-01', '2022-11-08', days('9/10', '12/10', '9/10'), 'on_track'],
    ['under twice, then caught up', 100, 40, '2022-11-01', '2022-11-08', days('9/10', '9/10', '10/10'), 'on_track'],
    ['nothing planned on those days (travel)', 100, 0, null, '2022-11-08', days('0/0', '0/0'), 'on_track'],
    ['no pace yet, before the window', 100, 0, null, '2022-11-08', [], 'on_track'],
  ] as const)('%s: %s', (_case, targetFamilies, finalFamilies, forecastFinish, plannedEnd, workingDays, status) => {
    expect(coverageStatus({ targetFamilies, finalFamilies, forecastFinish, plannedEnd, workingDays })).toBe(status);
  });
});

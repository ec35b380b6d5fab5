import { describe, expect, it } from 'vitest';
import { plannedAreaDays } from '@/lib/coverage/planned-area-days';
import { plannedCurve } from '@/lib/coverage/planned-curve';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { defaultOperationParams } from '@/lib/operations/params';

const calendar = workingCalendar({ params: defaultOperationParams }); // 25 working days 15 Oct..8 Nov, 6 reserve
const familiesOn = (rows: ReturnType<typeof plannedAreaDays>, areaCode: string, date: string) => rows.find((r) => r.areaCode === areaCode && r.date === date)?.families;

describe('plannedAreaDays', () => {
  it('puts a kecamatan\'s slots on the kecamatan and every area above it: 2 x 250 families is 20 a day', () => {
    const rows = plannedAreaDays({ loads: [{ districtCode: '64.71.01', onSiteDays: 25, families: 250, count: 2 }], workingDays: calendar });
    for (const area of ['ID', '64', '64.71', '64.71.01']) expect(familiesOn(rows, area, '2022-10-15'), area).toBe(20);
    // 4 areas x 25 working days, nothing on the reserve days
    expect(rows).toHaveLength(100);
    expect(familiesOn(rows, '64.71.01', '2022-11-09')).toBeUndefined();
  });

  it('sums kecamatan into their kabupaten and keeps them apart below it', () => {
    const rows = plannedAreaDays({
      loads: [
        { districtCode: '64.71.01', onSiteDays: 25, families: 250, count: 1 }, // 10 a day
        { districtCode: '64.71.02', onSiteDays: 25, families: 300, count: 1 }, // 12 a day
        { districtCode: '65.01.01', onSiteDays: 25, families: 275, count: 1 }, // 11 a day
      ],
      workingDays: calendar,
    });
    expect([familiesOn(rows, '64.71.01', '2022-10-20'), familiesOn(rows, '64.71.02', '2022-10-20'), familiesOn(rows, '64.71', '2022-10-20'), familiesOn(rows, 'ID', '2022-10-20')]).toEqual([10, 12, 22, 33]);
  });

  it('gives a move\'s change as after minus before, and nothing when a move changes no schedule', () => {
    // 50 families from a 250-family PPL to a 200-family one: both end at 250 and 200 the other way round
    const before = [{ districtCode: '64.71.01', onSiteDays: 25, families: 250, count: -1 }, { districtCode: '64.71.01', onSiteDays: 25, families: 200, count: -1 }];
    const swapped = [{ districtCode: '64.71.01', onSiteDays: 25, families: 200, count: 1 }, { districtCode: '64.71.01', onSiteDays: 25, families: 250, count: 1 }];
    expect(plannedAreaDays({ loads: [...before, ...swapped], workingDays: calendar })).toEqual([]);
    // 60 families from a remote PPL (21 days on site) to a road one (25 days): the curve moves earlier
    const delta = plannedAreaDays({
      loads: [{ districtCode: '64.71.01', onSiteDays: 21, families: 84, count: -1 }, { districtCode: '64.71.01', onSiteDays: 25, families: 250, count: -1 }, { districtCode: '64.71.01', onSiteDays: 21, families: 24, count: 1 }, { districtCode: '64.71.01', onSiteDays: 25, families: 310, count: 1 }],
      workingDays: calendar,
    });
    expect(delta.filter((r) => r.areaCode === 'ID').reduce((sum, r) => sum + r.families, 0)).toBe(0);
    expect(familiesOn(delta, 'ID', '2022-10-15')).toBeGreaterThan(0); // the road PPL starts on day 1, the remote one after travel
  });

  it('gives the same curve as the slots themselves', () => {
    const loads = [{ districtCode: '64.71.01', onSiteDays: 25, families: 263, count: 3 }, { districtCode: '64.71.01', onSiteDays: 19, families: 71, count: 1 }];
    const rows = plannedAreaDays({ loads, workingDays: calendar }).filter((r) => r.areaCode === '64.71');
    const dates = calendar.windowDates;
    const linear = { families: 0, workingDates: calendar.dates };
    const fromRows = plannedCurve({ dates, slots: [], plannedDays: rows, linear });
    const fromSlots = plannedCurve({ dates, slots: loads.map((l) => ({ workingDays: calendar, onSiteDays: l.onSiteDays, sls: [{ slsCode: '', families: l.families }], count: l.count })), linear });
    expect(fromRows).toEqual(fromSlots);
  });
});

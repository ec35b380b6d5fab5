import { describe, expect, it } from 'vitest';
import { defaultOperationParams } from '@/lib/operations/params';
import { flagTerritory, formatFamiliesPerDay } from '@/lib/planning/flag-territory';
import { onSiteDays } from '@/lib/planning/on-site-days';

describe('onSiteDays', () => {
  it.each([
    { travel: 0, onSite: 25, planned: 0, cut: false },
    { travel: 1, onSite: 23, planned: 1, cut: false },
    { travel: 3, onSite: 19, planned: 3, cut: false },
    { travel: 12, onSite: 1, planned: 12, cut: false }, // 24 travel days leave 1 of 25
    { travel: 13, onSite: 1, planned: 12, cut: true },
  ])('$travel days each way out of 25: $onSite on site', ({ travel, onSite, planned, cut }) => {
    expect(onSiteDays({ workingDayCount: 25, travelDaysOneWay: travel })).toEqual({ onSiteDays: onSite, travelDaysOneWay: planned, travelCut: cut });
  });
});

describe('flagTerritory', () => {
  const base = { remote: false, oversizedSls: false, travelCut: false, params: defaultOperationParams };
  it.each([
    { familiesPerDay: 10, flag: null },
    { familiesPerDay: 14, flag: null },
    { familiesPerDay: 9.99, flag: 'di bawah minimum 10: 9,9 keluarga/hari' },
    { familiesPerDay: 14.01, flag: 'di atas maksimum 14: 14,1 keluarga/hari' },
    { familiesPerDay: 8.2, remote: true, flag: 'desa terpencil kecil: 8,2 keluarga/hari' },
    { familiesPerDay: 16, oversizedSls: true, flag: 'SLS besar melebihi maksimum 14: 16,0 keluarga/hari' },
    { familiesPerDay: 12, travelCut: true, flag: 'perjalanan pulang-pergi melebihi hari kerja: 12,0 keluarga/hari' },
  ])('$familiesPerDay families/day: $flag', ({ flag, ...input }) => {
    expect(flagTerritory({ ...base, ...input })).toBe(flag);
  });

  it('formats with a comma and one decimal', () => {
    expect(formatFamiliesPerDay(10.25)).toBe('10,3');
    expect(formatFamiliesPerDay(9.96, 'down')).toBe('9,9');
    expect(formatFamiliesPerDay(14.01, 'up')).toBe('14,1');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultOperationParams } from '@/lib/operations/params';
import { describeFlag } from '@/i18n/describe';
import { flagTerritory, roundFamiliesPerDay } from '@/lib/planning/flag-territory';
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
    { familiesPerDay: 10, flag: null, words: null },
    { familiesPerDay: 14, flag: null, words: null },
    { familiesPerDay: 9.99, flag: { code: 'below_minimum', familiesPerDay: 9.9, minDailyFamilies: 10 }, words: 'di bawah minimum 10: 9,9 keluarga/hari' },
    { familiesPerDay: 14.01, flag: { code: 'above_maximum', familiesPerDay: 14.1, maxDailyFamilies: 14 }, words: 'di atas maksimum 14: 14,1 keluarga/hari' },
    { familiesPerDay: 8.2, remote: true, flag: { code: 'remote_small_village', familiesPerDay: 8.2 }, words: 'desa terpencil kecil: 8,2 keluarga/hari' },
    { familiesPerDay: 16, oversizedSls: true, flag: { code: 'oversized_sls', familiesPerDay: 16, maxDailyFamilies: 14 }, words: 'SLS besar melebihi maksimum 14: 16,0 keluarga/hari' },
    { familiesPerDay: 12, travelCut: true, flag: { code: 'travel_cut', familiesPerDay: 12 }, words: 'perjalanan pulang-pergi melebihi hari kerja: 12,0 keluarga/hari' },
  ])('$familiesPerDay families/day: $words', ({ flag, words, ...input }) => {
    const found = flagTerritory({ ...base, ...input });
    expect(found).toEqual(flag);
    expect(found && describeFlag(found, 'id')).toBe(words);
  });

  it('rounds to one decimal, away from the bound it misses', () => {
    expect(roundFamiliesPerDay(10.25)).toBe(10.3);
    expect(roundFamiliesPerDay(9.96, 'down')).toBe(9.9);
    expect(roundFamiliesPerDay(14.01, 'up')).toBe(14.1);
  });
});

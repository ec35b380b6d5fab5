import { describe, expect, it } from 'vitest';
import { describeFlag, describeWarning } from '@/i18n/describe';
import { readPlanWarnings, readTerritoryFlag, storeTerritoryFlag } from '@/lib/planning/stored-notes';
import type { PlanWarning, TerritoryFlag } from '@/lib/planning/types';

describe('territory flags are stored as codes with their numbers, and read back', () => {
  it.each<{ flag: TerritoryFlag; id: string; en: string }>([
    { flag: { code: 'remote_small_village', familiesPerDay: 3.3 }, id: 'desa terpencil kecil: 3,3 keluarga/hari', en: 'small remote village: 3.3 families/day' },
    { flag: { code: 'below_minimum', familiesPerDay: 9.9, minDailyFamilies: 10 }, id: 'di bawah minimum 10: 9,9 keluarga/hari', en: 'below the minimum of 10: 9.9 families/day' },
    { flag: { code: 'above_maximum', familiesPerDay: 14.1, maxDailyFamilies: 14 }, id: 'di atas maksimum 14: 14,1 keluarga/hari', en: 'above the maximum of 14: 14.1 families/day' },
    { flag: { code: 'oversized_sls', familiesPerDay: 16, maxDailyFamilies: 14 }, id: 'SLS besar melebihi maksimum 14: 16,0 keluarga/hari', en: 'large SLS above the maximum of 14: 16.0 families/day' },
    { flag: { code: 'travel_cut', familiesPerDay: 12 }, id: 'perjalanan pulang-pergi melebihi hari kerja: 12,0 keluarga/hari', en: 'round trip longer than the working days: 12.0 families/day' },
  ])('$flag.code reads "$id" / "$en"', ({ flag, id, en }) => {
    const read = readTerritoryFlag(storeTerritoryFlag(flag));
    expect(read).toEqual(flag);
    expect(describeFlag(read!, 'id')).toBe(id);
    expect(describeFlag(read!, 'en')).toBe(en);
  });

  it.each([
    { stored: null, read: null },
    { stored: '', read: null },
    // saved by the version that stored sentences: shown as it is
    { stored: 'desa terpencil kecil: 3,3 keluarga/hari', read: { code: 'legacy', text: 'desa terpencil kecil: 3,3 keluarga/hari' } },
    { stored: '{"code":"no_such_flag"}', read: { code: 'legacy', text: '{"code":"no_such_flag"}' } },
    { stored: '{"code":"below_minimum","familiesPerDay":"9,9"}', read: { code: 'legacy', text: '{"code":"below_minimum","familiesPerDay":"9,9"}' } },
  ])('reads $stored as $read', ({ stored, read }) => {
    expect(readTerritoryFlag(stored)).toEqual(read);
  });

  it('shows an old sentence as it is, in either language', () => {
    expect(describeFlag({ code: 'legacy', text: 'di bawah minimum 10: 9,9 keluarga/hari' }, 'en')).toBe('di bawah minimum 10: 9,9 keluarga/hari');
  });
});

describe('plan warnings are codes with their counts in the summary', () => {
  const warnings: PlanWarning[] = [
    { code: 'flagged_territories', flagged: 168, remote: 168, minDailyFamilies: 10, maxDailyFamilies: 14 },
    { code: 'unassigned_sls', sls: 1 },
  ];

  it('reads them back and words them in both languages, with plurals in English', () => {
    const read = readPlanWarnings(JSON.parse(JSON.stringify(warnings)));
    expect(read).toEqual(warnings);
    expect(read.map((w) => describeWarning(w, 'id'))).toEqual([
      '168 wilayah tugas PPL di luar norma 10-14 keluarga/hari (168 di desa terpencil); lihat tandanya',
      '1 SLS tanpa keluarga tidak ditugaskan ke PPL',
    ]);
    expect(read.map((w) => describeWarning(w, 'en'))).toEqual([
      '168 PPL territories lie outside the norm of 10-14 families/day (168 in remote villages); see their flags',
      '1 SLS without families is not assigned to a PPL',
    ]);
  });

  it('keeps an older summary\'s sentences, and drops what it cannot read', () => {
    expect(readPlanWarnings(['2 SLS tanpa keluarga tidak ditugaskan ke PPL', { code: 'unknown' }, 3])).toEqual([{ code: 'legacy', text: '2 SLS tanpa keluarga tidak ditugaskan ke PPL' }]);
    expect(readPlanWarnings(undefined)).toEqual([]);
  });
});

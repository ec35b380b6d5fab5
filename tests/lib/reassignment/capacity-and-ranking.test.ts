import { describe, expect, it } from 'vitest';
import { dailyTargetFamilies, spareCapacityFamilies } from '@/lib/reassignment/capacity';
import { checkMove } from '@/lib/reassignment/check-move';
import { rankReceivers } from '@/lib/reassignment/rank-receivers';
import type { PplLoad } from '@/lib/reassignment/types';

describe('spareCapacityFamilies', () => {
  it.each([
    // families left, working days left, max a day → spare families
    [100, 10, 14, 40], // 14 x 10 = 140 - 100
    [140, 10, 14, 0],
    [200, 10, 14, 0], // already behind: no spare, never negative
    [0, 0, 14, 0],
    [50, -2, 14, 0],
  ])('%i left over %i days at max %i: %i spare', (remainingFamilies, workingDaysLeft, maxDailyFamilies, spare) => {
    expect(spareCapacityFamilies({ remainingFamilies, workingDaysLeft, maxDailyFamilies })).toBe(spare);
  });
});

describe('dailyTargetFamilies', () => {
  it.each([
    // families left, working days left → families a day
    [120, 10, 12],
    [0, 10, 0],
    [35, 0, 35], // the last day has passed: all of it is due
  ])('%i over %i days: %f a day', (remainingFamilies, workingDaysLeft, perDay) => {
    expect(dailyTargetFamilies({ remainingFamilies, workingDaysLeft })).toBe(perDay);
  });
});

const ppl = (slotId: number, over: Partial<PplLoad> = {}): PplLoad => ({ slotId, villageCodes: ['64.71.01.1001'], pmlSlotId: 1, districtCode: '64.71.01', remainingFamilies: 100, active: true, ...over });

describe('rankReceivers', () => {
  const from = { slotId: 10, pmlSlotId: 1, districtCode: '64.71.01' };
  const candidates = [
    ppl(10), // the giver
    ppl(11, { villageCodes: ['64.71.01.1002'], remainingFamilies: 60 }), // same team, other village, much spare
    ppl(12, { remainingFamilies: 110 }), // same village, some spare
    ppl(13, { remainingFamilies: 90 }), // same village, more spare
    ppl(14, { villageCodes: ['64.71.01.1003'], pmlSlotId: 2, remainingFamilies: 20 }), // other team
    ppl(15, { districtCode: '64.71.02', remainingFamilies: 0 }), // other kecamatan: never
    ppl(16, { active: false, remainingFamilies: 0 }), // dropped out: never
    ppl(17, { remainingFamilies: 139 }), // same village but full
  ];
  const ranked = rankReceivers({ from, villageCode: '64.71.01.1001', families: 30, candidates, workingDaysLeft: 10, maxDailyFamilies: 14 });

  it('offers those who can take it first, then same village, team, kecamatan, most spare first', () => {
    expect(ranked.map((r) => [r.slotId, r.tier, r.spareFamilies, r.overMax])).toEqual([
      [13, 'village', 50, false],
      [12, 'village', 30, false],
      [11, 'team', 80, false],
      [14, 'district', 120, false],
      [17, 'village', 1, true],
    ]);
  });

  it("says each receiver's daily target after the move", () => {
    expect(ranked.find((r) => r.slotId === 13)?.newFamiliesPerDay).toBe(12); // (90 + 30) / 10
    expect(ranked.find((r) => r.slotId === 17)?.newFamiliesPerDay).toBeCloseTo(16.9); // (139 + 30) / 10
  });
});

describe('checkMove', () => {
  const base = {
    from: { slotId: 10, districtCode: '64.71.01' },
    to: { slotId: 11, districtCode: '64.71.01', active: true, remainingFamilies: 100 },
    families: 30,
    familiesLeft: 70,
    workingDaysLeft: 10,
    maxDailyFamilies: 14,
    override: false,
    note: null,
  };

  it.each([
    ['a move the receiver can take', {}, { ok: true, newFamiliesPerDay: 13, overridden: false }],
    ['one the receiver can take, with an override that overrides nothing', { override: true, note: null }, { ok: true, newFamiliesPerDay: 13, overridden: false }],
    ['to the same PPL', { to: { ...base.to, slotId: 10 } }, { ok: false, code: 'same_ppl' }],
    ['zero families', { families: 0 }, { ok: false, code: 'nothing_to_move' }],
    ['more than is left', { families: 80 }, { ok: false, code: 'more_than_left', familiesLeft: 70 }],
    ['across kecamatan', { to: { ...base.to, districtCode: '64.71.02' } }, { ok: false, code: 'other_district', fromDistrictCode: '64.71.01', toDistrictCode: '64.71.02' }],
    ['to a dropped-out PPL', { to: { ...base.to, active: false } }, { ok: false, code: 'receiver_inactive' }],
    ['past the maximum', { families: 50 }, { ok: false, code: 'over_max_daily', newFamiliesPerDay: 15, maxDailyFamilies: 14 }],
    ['past the maximum, overridden without a note', { families: 50, override: true, note: '  ' }, { ok: false, code: 'override_needs_note' }],
    ['past the maximum, overridden with a note', { families: 50, override: true, note: 'PPL berpengalaman, SLS dekat rumah' }, { ok: true, newFamiliesPerDay: 15, overridden: true }],
  ] as const)('%s', (_what, change, expected) => {
    expect(checkMove({ ...base, ...change })).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { familiesLeftOf } from '@/lib/reassignment/capacity';
import { checkDropoutMoves, type DropoutReceiver } from '@/lib/reassignment/check-dropout-moves';
import { planMove } from '@/lib/reassignment/plan-move';
import { rankReceivers } from '@/lib/reassignment/rank-receivers';
import type { PplLoad } from '@/lib/reassignment/types';

describe('familiesLeftOf', () => {
  it.each([
    // families held, done by them → left
    [70, 30, 40],
    [70, 0, 70],
    [70, 75, 0], // more families than estimated: nothing left, never negative
  ])('%i held, %i done: %i left', (families, doneFamilies, left) => {
    expect(familiesLeftOf({ families, doneFamilies })).toBe(left);
  });
});

describe('planMove', () => {
  const shares = [{ slotId: 1, families: 70, version: 3 }];
  it.each([
    [
      'part of an SLS to a new holder: both shares at the next version',
      { shares, fromSlotId: 1, toSlotId: 2, families: 30, version: 3 },
      [{ slotId: 1, families: 40, version: 4 }, { slotId: 2, families: 30, version: 4 }],
    ],
    [
      'the whole SLS: the giver\'s share goes',
      { shares, fromSlotId: 1, toSlotId: 2, families: 70, version: 3 },
      [{ slotId: 2, families: 70, version: 4 }],
    ],
    [
      'to one who already holds part: added to their share; a third share is untouched',
      { shares: [{ slotId: 1, families: 40, version: 4 }, { slotId: 2, families: 30, version: 4 }, { slotId: 5, families: 9, version: 7 }], fromSlotId: 1, toSlotId: 2, families: 10, version: 4 },
      [{ slotId: 1, families: 30, version: 8 }, { slotId: 2, families: 40, version: 8 }, { slotId: 5, families: 9, version: 7 }],
    ],
  ] as const)('%s', (_what, input, expected) => {
    const planned = planMove(input);
    expect(planned.ok && planned.shares).toEqual(expected);
  });

  it('refuses a version the giver\'s share no longer has, or a giver with no share, as stale', () => {
    expect(planMove({ shares, fromSlotId: 1, toSlotId: 2, families: 1, version: 2 })).toEqual({ ok: false, code: 'stale_version', currentVersion: 3 });
    expect(planMove({ shares, fromSlotId: 9, toSlotId: 2, families: 1, version: 3 })).toEqual({ ok: false, code: 'stale_version', currentVersion: null });
  });

  it('never gives a share that went and came back a version a stale client may hold', () => {
    // A (v5) and B (v1) share an SLS; A hands all to B, then B hands all back to A
    const first = planMove({ shares: [{ slotId: 1, families: 10, version: 5 }, { slotId: 2, families: 5, version: 1 }], fromSlotId: 1, toSlotId: 2, families: 10, version: 5 });
    if (!first.ok) throw new Error('first move refused');
    const back = planMove({ shares: first.shares, fromSlotId: 2, toSlotId: 1, families: 15, version: 6 });
    expect(back.ok && back.shares).toEqual([{ slotId: 1, families: 15, version: 7 }]);
  });

  it('says what changed, before and after', () => {
    const planned = planMove({ shares, fromSlotId: 1, toSlotId: 2, families: 70, version: 3 });
    expect(planned.ok && planned.changes).toEqual([
      { slotId: 1, before: { slotId: 1, families: 70, version: 3 }, after: null },
      { slotId: 2, before: null, after: { slotId: 2, families: 70, version: 4 } },
    ]);
  });
});

describe('rankReceivers with each receiver\'s own days left', () => {
  const ppl = (slotId: number, over: Partial<PplLoad>): PplLoad => ({ slotId, villageCodes: ['v'], pmlSlotId: 1, districtCode: 'd', remainingFamilies: 100, active: true, ...over });
  it('weighs a remote receiver by their own on-site days, not the kecamatan\'s', () => {
    const ranked = rankReceivers({
      from: { slotId: 10, pmlSlotId: 1, districtCode: 'd' },
      villageCode: 'v',
      families: 20,
      candidates: [ppl(11, {}), ppl(12, { workingDaysLeft: 8 })], // 12 travels home 2 days before the others stop
      workingDaysLeft: 10,
      maxDailyFamilies: 14,
    });
    // 11: 140 - 100 = 40 spare, (100 + 20) / 10 = 12 a day; 12: 112 - 100 = 12 spare, 120 / 8 = 15 a day: over
    expect(ranked.map((r) => [r.slotId, r.spareFamilies, r.newFamiliesPerDay, r.overMax])).toEqual([[11, 40, 12, false], [12, 12, 15, true]]);
  });
});

describe('checkDropoutMoves', () => {
  const from = { slotId: 10, districtCode: 'd' };
  const receiver = (slotId: number, over: Partial<DropoutReceiver> = {}): [number, DropoutReceiver] => [slotId, { slotId, districtCode: 'd', active: true, remainingFamilies: 100, workingDaysLeft: 10, ...over }];
  const receivers = new Map([receiver(11), receiver(12), receiver(13, { active: false }), receiver(14, { districtCode: 'e' })]);
  const unfinished = [{ slsCode: 'a', familiesLeft: 30 }, { slsCode: 'b', familiesLeft: 20 }, { slsCode: 'done', familiesLeft: 0 }];
  const base = { from, unfinished, receivers, maxDailyFamilies: 14, override: false, note: null };

  it.each([
    ['each SLS whole to someone with room', [{ slsCode: 'a', toSlotId: 11, families: 30 }, { slsCode: 'b', toSlotId: 12, families: 20 }], { ok: true, moves: [{ newFamiliesPerDay: 13, overridden: false }, { newFamiliesPerDay: 12, overridden: false }], newFamiliesPerDay: { 11: 13, 12: 12 }, overridden: false }],
    ['an SLS split over two', [{ slsCode: 'a', toSlotId: 11, families: 10 }, { slsCode: 'a', toSlotId: 12, families: 20 }, { slsCode: 'b', toSlotId: 11, families: 20 }], { ok: true, moves: [{ newFamiliesPerDay: 11, overridden: false }, { newFamiliesPerDay: 12, overridden: false }, { newFamiliesPerDay: 13, overridden: false }], newFamiliesPerDay: { 11: 13, 12: 12 }, overridden: false }],
    ['families left with the dropout', [{ slsCode: 'a', toSlotId: 11, families: 30 }, { slsCode: 'b', toSlotId: 12, families: 15 }], { ok: false, code: 'unfinished_left', slsCode: 'b', familiesLeft: 5 }],
    ['more of an SLS than is left, over two moves', [{ slsCode: 'a', toSlotId: 11, families: 20 }, { slsCode: 'a', toSlotId: 12, families: 20 }], { ok: false, code: 'more_than_left', familiesLeft: 10, index: 1, slsCode: 'a' }],
    ['an SLS the dropout finished', [{ slsCode: 'done', toSlotId: 11, families: 1 }], { ok: false, code: 'not_unfinished', index: 0, slsCode: 'done' }],
    ['to a PPL who dropped out too', [{ slsCode: 'a', toSlotId: 13, families: 30 }], { ok: false, code: 'receiver_inactive', index: 0, slsCode: 'a' }],
    ['to another kecamatan', [{ slsCode: 'a', toSlotId: 14, families: 30 }], { ok: false, code: 'other_district', fromDistrictCode: 'd', toDistrictCode: 'e', index: 0, slsCode: 'a' }],
    ['to someone not found', [{ slsCode: 'a', toSlotId: 99, families: 30 }], { ok: false, code: 'unknown_receiver', index: 0, slsCode: 'a', toSlotId: 99 }],
    // 11 takes both: 100 + 30 = 130 (13 a day), then + 20 = 150 (15 a day) is over 14
    ['both to one receiver, past the maximum with the second', [{ slsCode: 'a', toSlotId: 11, families: 30 }, { slsCode: 'b', toSlotId: 11, families: 20 }], { ok: false, code: 'over_max_daily', newFamiliesPerDay: 15, maxDailyFamilies: 14, index: 1, slsCode: 'b' }],
  ] as const)('%s', (_what, moves, expected) => {
    expect(checkDropoutMoves({ ...base, moves })).toEqual(expected);
  });

  it('lets a move past the maximum through only with override and the dropout\'s note', () => {
    const moves = [{ slsCode: 'a', toSlotId: 11, families: 30 }, { slsCode: 'b', toSlotId: 11, families: 20 }];
    expect(checkDropoutMoves({ ...base, moves, override: true })).toMatchObject({ ok: false, code: 'override_needs_note' });
    expect(checkDropoutMoves({ ...base, moves, override: true, note: 'PPL mundur, tim kekurangan orang' })).toEqual({ ok: true, moves: [{ newFamiliesPerDay: 13, overridden: false }, { newFamiliesPerDay: 15, overridden: true }], newFamiliesPerDay: { 11: 15 }, overridden: true });
    // an override with nothing over the maximum overrides nothing
    expect(checkDropoutMoves({ ...base, moves: [moves[0]!, { slsCode: 'b', toSlotId: 12, families: 20 }], override: true, note: 'x' })).toMatchObject({ ok: true, overridden: false });
  });
});

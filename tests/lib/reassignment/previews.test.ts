import { describe, expect, it } from 'vitest';
import { balanceDropoutMoves, receiversAfterMoves } from '@/lib/reassignment/dropout-edit';
import { summarizeAuditEntry } from '@/lib/reassignment/audit-summary';
import { previewMove, type PplView, type ShareView } from '@/lib/reassignment/preview-move';

const share = (slsCode: string, families: number, doneFamilies = 0, version = 1): ShareView => ({ slsCode, villageCode: slsCode.slice(0, 13), families, version, doneFamilies, familiesLeft: Math.max(0, families - doneFamilies) });
const ppl = (slotId: number, shares: ShareView[], workingDaysLeft = 10, status = 'on_track'): PplView => {
  const remainingFamilies = shares.reduce((sum, s) => sum + s.familiesLeft, 0);
  return { slotId, status, shares, workingDaysLeft, remainingFamilies, dailyTargetFamilies: remainingFamilies / workingDaysLeft, assignedSls: shares.length, assignedFamilies: shares.reduce((sum, s) => sum + s.families, 0) };
};
const S1 = '64.71.01.1001.0001';
const S2 = '64.71.01.1001.0002';
const S3 = '64.71.01.1002.0001';

describe('previewMove: the optimistic update of Pemantauan', () => {
  // giver 1: S1 70 (30 done, 40 left) + S2 60; receiver 2: S3 80; 10 working days left each
  const before = [ppl(1, [share(S1, 70, 30), share(S2, 60)]), ppl(2, [share(S3, 80)])];
  it.each([
    // what, move, giver [shares as code:families/left], giver left, giver target, receiver shares, receiver left, receiver target
    ['part of an SLS', { slsCode: S2, families: 20 }, [`${S1}:70/40`, `${S2}:40/40`], 80, 8, [`${S2}:20/20`, `${S3}:80/80`], 100, 10],
    ['all that is left of a started SLS: the giver keeps what they did', { slsCode: S1, families: 40 }, [`${S1}:30/0`, `${S2}:60/60`], 60, 6, [`${S1}:40/40`, `${S3}:80/80`], 120, 12],
    ['a whole untouched SLS: the giver\'s share goes', { slsCode: S2, families: 60 }, [`${S1}:70/40`], 40, 4, [`${S2}:60/60`, `${S3}:80/80`], 140, 14],
  ] as const)('%s', (_what, move, giverShares, giverLeft, giverTarget, receiverShares, receiverLeft, receiverTarget) => {
    const [giver, receiver] = previewMove(before, { ...move, fromSlotId: 1, toSlotId: 2 });
    const view = (p: PplView) => p.shares.map((s) => `${s.slsCode}:${s.families}/${s.familiesLeft}`);
    expect([view(giver!), giver!.remainingFamilies, giver!.dailyTargetFamilies]).toEqual([giverShares, giverLeft, giverTarget]);
    expect([view(receiver!), receiver!.remainingFamilies, receiver!.dailyTargetFamilies, receiver!.assignedSls]).toEqual([receiverShares, receiverLeft, receiverTarget, receiverShares.length]);
  });

  it('adds to a share the receiver already holds, in visiting order, and rounds the target to one decimal', () => {
    const [, receiver] = previewMove([ppl(1, [share(S1, 70)]), ppl(2, [share(S1, 10), share(S3, 1)], 3)], { slsCode: S1, fromSlotId: 1, toSlotId: 2, families: 30 });
    expect([receiver!.shares.map((s) => [s.slsCode, s.families]), receiver!.dailyTargetFamilies]).toEqual([[[S1, 40], [S3, 1]], 13.7]);
  });

  it('leaves everyone as they are for a giver without that SLS or an unknown receiver; an inactive giver keeps target 0', () => {
    expect(previewMove(before, { slsCode: S3, fromSlotId: 1, toSlotId: 2, families: 5 })).toEqual(before);
    expect(previewMove(before, { slsCode: S1, fromSlotId: 1, toSlotId: 9, families: 5 })).toEqual(before);
    const [giver] = previewMove([ppl(1, [share(S1, 70)], 10, 'inactive'), ppl(2, [])], { slsCode: S1, fromSlotId: 1, toSlotId: 2, families: 30 });
    expect([giver!.remainingFamilies, giver!.dailyTargetFamilies]).toEqual([40, 0]);
  });
});

describe('balanceDropoutMoves: what an edited dropout still leaves or moves twice', () => {
  const unfinished = [{ slsCode: S1, familiesLeft: 40 }, { slsCode: S2, familiesLeft: 60 }];
  it.each([
    ['the proposal as it came', [{ slsCode: S1, toSlotId: 2, families: 40 }, { slsCode: S2, toSlotId: 3, families: 60 }], [0, 0]],
    ['a split with one part still without a receiver', [{ slsCode: S1, toSlotId: 2, families: 40 }, { slsCode: S2, toSlotId: 3, families: 45 }, { slsCode: S2, toSlotId: null, families: 15 }], [0, 15]],
    ['more than is left', [{ slsCode: S1, toSlotId: 2, families: 50 }, { slsCode: S2, toSlotId: 3, families: 60 }], [-10, 0]],
    ['nothing chosen yet', [], [40, 60]],
  ] as const)('%s', (_what, moves, unplaced) => {
    expect(balanceDropoutMoves({ unfinished, moves }).map((b) => b.unplaced)).toEqual(unplaced);
  });
});

describe('receiversAfterMoves: each receiver\'s daily target after the edited moves', () => {
  const receivers = [{ slotId: 2, remainingFamilies: 80, workingDaysLeft: 10 }, { slotId: 3, remainingFamilies: 100, workingDaysLeft: 12 }, { slotId: 4, remainingFamilies: 0, workingDaysLeft: 12 }];
  it.each([
    // moves → [slot, added, left, per day, over 14]
    [[{ slsCode: S1, toSlotId: 2, families: 40 }, { slsCode: S2, toSlotId: 3, families: 60 }], [[2, 40, 120, 12, false], [3, 60, 160, 13.3, false]]],
    [[{ slsCode: S1, toSlotId: 2, families: 40 }, { slsCode: S2, toSlotId: 2, families: 25 }], [[2, 65, 145, 14.5, true]]],
    [[{ slsCode: S1, toSlotId: null, families: 40 }], []],
  ] as const)('%j', (moves, expected) => {
    expect(receiversAfterMoves({ receivers, moves, maxDailyFamilies: 14 }).map((r) => [r.slotId, r.addedFamilies, r.remainingFamilies, r.familiesPerDay, r.overMax])).toEqual(expected);
  });
});

describe('summarizeAuditEntry: a log row as codes and numbers', () => {
  const move = { fromSlotId: 7, toSlotId: 9, families: 40, newFamiliesPerDay: 12.5, note: null, shares: [] };
  it.each([
    ['a move names giver and receiver by label', { action: 'assignment.move', before: {}, after: move }, { code: 'move', overridden: false, families: 40, fromLabel: 'PPL A', toLabel: 'PPL B', newFamiliesPerDay: 12.5, note: null }],
    ['an override keeps its note', { action: 'assignment.override', before: {}, after: { ...move, note: 'banjir' } }, { code: 'move', overridden: true, families: 40, fromLabel: 'PPL A', toLabel: 'PPL B', newFamiliesPerDay: 12.5, note: 'banjir' }],
    ['a receiver missing from the labels by its id', { action: 'assignment.move', before: {}, after: { ...move, toSlotId: 3 } }, { code: 'move', overridden: false, families: 40, fromLabel: 'PPL A', toLabel: '#3', newFamiliesPerDay: 12.5, note: null }],
    ['a dropout', { action: 'ppl.dropout', before: {}, after: { active: false, from: '2022-10-27', reason: 'sick', note: 'dirawat', moves: [{}, {}] } }, { code: 'dropout', from: '2022-10-27', reason: 'sick', moves: 2, note: 'dirawat' }],
    ['an adoption replacing a plan', { action: 'plan.adopt', before: { planId: 4 }, after: { planId: 6 } }, { code: 'adopt', planId: 6, previousPlanId: 4 }],
    ['the first adoption', { action: 'plan.adopt', before: { planId: null }, after: { planId: 6 } }, { code: 'adopt', planId: 6, previousPlanId: null }],
    ['a move of an unknown shape', { action: 'assignment.move', before: null, after: { note: 'x' } }, { code: 'other', note: 'x' }],
    ['an unknown action', { action: 'plan.delete', before: null, after: null }, { code: 'other', note: null }],
  ] as const)('%s', (_what, entry, expected) => {
    expect(summarizeAuditEntry({ ...entry, slotIds: [7, 9], slotLabels: ['PPL A', 'PPL B'] })).toEqual(expected);
  });
});

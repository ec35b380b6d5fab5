import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditEntries, recordAudit } from '@/db/queries/audit';
import { applyDropout } from '@/db/use-cases/apply-dropout';
import { getMonitoring } from '@/db/use-cases/get-monitoring';
import { moveWork } from '@/db/use-cases/move-work';
import { reassignmentContext } from '@/db/use-cases/reassignment-context';
import type { Role } from '@/lib/auth/permissions';
import { scopeOf } from '@/lib/auth/scope';
import { applyDropoutInput, moveInput } from '@/lib/reassignment/inputs';
import { defaultOperationParams } from '@/lib/operations/params';
import { createReassignmentFixture, resetShares, type ReassignmentFixture } from './reassignment-fixture';
import { openTestDb } from './test-db';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

let fx: ReassignmentFixture;
const scope = (role: Role, areaCodes: string[], staffId: number | null = null) => scopeOf({ role, areaCodes, staffId });
const koseka = () => scope('koseka', ['64.71.01']);
const ctx = () => reassignmentContext({ plan: { id: fx.planId, operationId: fx.operationId, areaCode: '64.71', params: defaultOperationParams }, today: '2022-10-28', userId: 'u-koseka' });

describe(`monitoring and the audit log (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createReassignmentFixture(db);
  });

  it('weighs every PPL of the KOSEKA\'s kecamatan as of today, most urgent first (hand-computed)', async () => {
    await resetShares(db, fx);
    const m = await getMonitoring(db, koseka(), ctx(), {});
    // planned by 28 Oct (14 of 25 days): b1 56 of 100, a2 44 of 80, a1 72 of 130; done 0, 1 and 30
    expect(m.ppl.map((p) => [p.label, p.assignedSls, p.assignedFamilies, p.doneFamilies, p.remainingFamilies, p.pace, p.dailyTargetFamilies, p.forecastFinish, p.status, p.behindFamilies, p.outsideAssignmentRecords])).toEqual([
      ['PPL 64.71.01-003', 1, 100, 0, 100, 0, 8.3, null, 'behind', 56, 0],
      // a2's one family is in a1's SLS: credited to a2, flagged outside, and none of a2's own 80 is done; at 1/3 a day
      // their 80 take 240 working days
      ['PPL 64.71.01-002', 1, 80, 1, 80, 0.3, 6.7, '2023-06-25', 'behind', 43, 1],
      // 10 on 27 Oct over the last 3 working days: 3.3 a day, 100 left: 30 working days after 28 Oct
      ['PPL 64.71.01-001', 2, 130, 30, 100, 3.3, 8.3, '2022-11-27', 'behind', 42, 0],
    ]);
    const a1 = m.ppl.find((p) => p.slotId === fx.slots.a1)!;
    expect(a1.daily.find((d) => d.date === '2022-10-28')).toEqual({ date: '2022-10-28', planned: 72, actual: 30 });
    expect(a1.daily).toHaveLength(31);
    expect(m.teams.map((t) => [t.pmlLabel, t.pmlName, t.pplCount, t.assignedFamilies, t.doneFamilies, t.remainingFamilies, t.dailyTargetFamilies, t.outsideAssignmentRecords, t.statusCounts.behind])).toEqual([
      ['PML 64.71.01-1', 'Petugas pmlA', 2, 210, 31, 180, 15, 1, 2],
      ['PML 64.71.01-2', 'Petugas pmlB', 1, 100, 0, 100, 8.3, 0, 1],
    ]);
    expect(m.kecamatan.map((k) => [k.districtCode, k.pplCount, k.assignedSls, k.assignedFamilies, k.doneFamilies, k.remainingFamilies, k.pace])).toEqual([['64.71.01', 3, 4, 310, 31, 280, 3.7]]);
    expect([m.asOf, m.minDailyFamilies, m.maxDailyFamilies]).toEqual(['2022-10-28', 10, 14]);
  });

  it.each([
    ['the office head of the city', () => scope('office_head', ['64.71']), undefined, ['PPL 64.71.01-001', 'PPL 64.71.01-002', 'PPL 64.71.01-003', 'PPL 64.71.02-001']],
    ['the office head, one kecamatan', () => scope('office_head', ['64.71']), '64.71.02', ['PPL 64.71.02-001']],
    ['PML A', () => scope('pml', ['64.71.01'], fx.staffIds.pmlA), undefined, ['PPL 64.71.01-001', 'PPL 64.71.01-002']],
    ['a KOSEKA asking for another kecamatan', () => koseka(), '64.71.02', []],
    ['a stakeholder', () => scope('stakeholder', ['64.71']), undefined, []],
  ] as const)('shows %s only their PPL', async (_who, viewer, districtCode, labels) => {
    const m = await getMonitoring(db, viewer(), ctx(), { districtCode });
    expect(m.ppl.map((p) => p.label).sort()).toEqual(labels);
  });

  it('shows a dropout inactive, and one whose work is not handed over first', async () => {
    await resetShares(db, fx);
    await db.execute(`update staff set status = 'dropped_out' where id = ${fx.staffIds.b1}`);
    const m = await getMonitoring(db, koseka(), ctx(), {});
    expect(m.ppl.map((p) => [p.label, p.status, p.dailyTargetFamilies])).toEqual([['PPL 64.71.01-003', 'inactive', 0], ['PPL 64.71.01-002', 'behind', 6.7], ['PPL 64.71.01-001', 'behind', 8.3]]);
    expect(m.teams[1]!.status).toBe('inactive');
  });

  it('logs moves, overrides, dropouts and adoptions per PPL, SLS and kecamatan, as far as the viewer may see', async () => {
    await resetShares(db, fx);
    await moveWork(db, koseka(), ctx(), moveInput.parse({ slsCode: '64.71.01.1002.0001', fromSlotId: fx.slots.b1, toSlotId: fx.slots.a2, version: 1, families: 5, note: '=HYPERLINK("x")' }));
    await applyDropout(db, koseka(), ctx(), applyDropoutInput.parse({ slotId: fx.slots.a1, from: '2022-10-27', reason: 'resigned', moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 }, { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.b1, families: 60 }], versions: { '64.71.01.1001.0001': 1, '64.71.01.1001.0002': 1 } }));
    await recordAudit(db, [{ userId: null, action: 'plan.adopt', entity: 'area', entityId: `${fx.operationId}:64.71`, before: { planId: null }, after: { planId: fx.planId }, areaCode: '64.71', planId: fx.planId }]);
    const actions = async (viewer: ReturnType<typeof scope>, subject: Parameters<typeof listAuditEntries>[2]) => (await listAuditEntries(db, viewer, subject)).map((e) => `${e.action} ${e.slsCode ?? e.areaCode}`);
    expect(await actions(koseka(), { kecamatan: '64.71.01' })).toEqual(['plan.adopt 64.71', 'assignment.move 64.71.01.1001.0002', 'assignment.move 64.71.01.1001.0001', 'ppl.dropout 64.71.01', 'assignment.move 64.71.01.1002.0001']);
    expect(await actions(koseka(), { ppl: fx.slots.b1 })).toEqual(['assignment.move 64.71.01.1001.0002', 'ppl.dropout 64.71.01', 'assignment.move 64.71.01.1002.0001']);
    expect(await actions(koseka(), { sls: '64.71.01.1001.0001' })).toEqual(['assignment.move 64.71.01.1001.0001']);
    // PML B sees what touched b1 and the adoption; the KOSEKA of Balikpapan Barat nothing of Timur's moves
    expect(await actions(scope('pml', ['64.71.01'], fx.staffIds.pmlB), { kecamatan: '64.71.01' })).toEqual(['plan.adopt 64.71', 'assignment.move 64.71.01.1001.0002', 'ppl.dropout 64.71.01', 'assignment.move 64.71.01.1002.0001']);
    expect(await actions(scope('koseka', ['64.71.02']), { kecamatan: '64.71.01' })).toEqual(['plan.adopt 64.71']);
    expect(await actions(scope('stakeholder', ['64.71']), { kecamatan: '64.71.01' })).toEqual([]);
    const [move] = await listAuditEntries(db, koseka(), { sls: '64.71.01.1002.0001' });
    expect([move!.slotLabels, (move!.after as { note: string }).note, move!.userId]).toEqual([['PPL 64.71.01-003', 'PPL 64.71.01-002'], '=HYPERLINK("x")', 'u-koseka']);
  });
});

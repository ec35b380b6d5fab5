import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { auditLog, slotDropouts, staff } from '@/db/schema';
import { applyDropout } from '@/db/use-cases/apply-dropout';
import { moveWork } from '@/db/use-cases/move-work';
import { proposeDropout } from '@/db/use-cases/propose-dropout';
import { reassignmentContext } from '@/db/use-cases/reassignment-context';
import type { Role } from '@/lib/auth/permissions';
import { scopeOf, type ViewerScope } from '@/lib/auth/scope';
import { applyDropoutInput, moveInput, type ApplyDropoutInput } from '@/lib/reassignment/inputs';
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
const apply = (viewer: ViewerScope, body: Partial<ApplyDropoutInput>) => applyDropout(db, viewer, ctx(), applyDropoutInput.parse({ slotId: fx.slots.a1, from: '2022-10-27', reason: 'resigned', moves: [], versions: {}, ...body }));
const shareLines = async () =>
  rowsOf<{ sls_code: string; slot_id: number; families: number; version: number }>(await db.execute(sql`select sls_code, slot_id, families, version from assignments where plan_id = ${fx.planId} order by sls_code, slot_id`)).map((r) => `${r.sls_code.slice(-4)} ${r.slot_id}:${r.families}v${r.version}`);
const statusOf = async (key: 'a1') => (await db.select({ status: staff.status }).from(staff).where(eq(staff.id, fx.staffIds[key])))[0]!.status;
const v1 = { '64.71.01.1001.0001': 1, '64.71.01.1001.0002': 1 };

describe(`dropouts (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createReassignmentFixture(db);
  });
  beforeEach(async () => {
    await resetShares(db, fx);
  });

  it('proposes the team first, then the kecamatan, for a KOSEKA: every family placed', async () => {
    const result = await proposeDropout(db, koseka(), ctx(), { slotId: fx.slots.a1, from: '2022-10-27' });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { proposal } = result;
    // a2 (same village, 88 spare) takes the 40 left of .0001; then .0002 (60) would put a2 past 168: b1 (68 spare) takes it
    expect(proposal.moves).toEqual([
      { slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 },
      { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.b1, families: 60 },
    ]);
    expect([proposal.unplacedFamilies, proposal.recruit]).toEqual([0, null]);
    expect(proposal.unfinished.map((u) => [u.slsCode, u.familiesLeft, u.version])).toEqual([['64.71.01.1001.0001', 40, 1], ['64.71.01.1001.0002', 60, 1]]);
    expect(proposal.versions).toEqual(v1);
    expect(proposal.receivers.map((r) => [r.label, r.remainingFamilies, r.newRemainingFamilies, r.newFamiliesPerDay])).toEqual([['PPL 64.71.01-002', 80, 120, 10], ['PPL 64.71.01-003', 100, 160, 13.3]]);
    expect(await db.$count(slotDropouts)).toBe(0);
  });

  it('proposes only the team for its PML, and says whom to recruit by when for what the team cannot take', async () => {
    const result = await proposeDropout(db, scope('pml', ['64.71.01'], fx.staffIds.pmlA), ctx(), { slotId: fx.slots.a1, from: '2022-10-27' });
    if (!result.ok) throw new Error(JSON.stringify(result));
    // a2 takes 40, then 48 of the 60 (their spare); 12 are left: one recruit, starting by the last working day
    expect(result.proposal.moves).toEqual([
      { slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 },
      { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.a2, families: 48 },
    ]);
    expect([result.proposal.unplacedFamilies, result.proposal.recruit]).toEqual([12, { code: 'recruit', count: 1, districtCode: '64.71.01', families: 12, startBy: '2022-11-08' }]);
  });

  it('applies the proposal all at once: the person dropped out, every share handed over, audited', async () => {
    const result = await apply(koseka(), { reason: 'sick', note: 'dirawat di rumah sakit', moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 }, { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.b1, families: 60 }], versions: v1 });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await shareLines()).toEqual([
      `0001 ${fx.slots.a1}:30v2`, // the 30 a1 finished stay theirs
      `0001 ${fx.slots.a2}:40v2`,
      `0002 ${fx.slots.b1}:60v2`,
      `0003 ${fx.slots.a2}:80v1`,
      `0001 ${fx.slots.b1}:100v1`,
      `0001 ${fx.slots.c1}:90v1`,
    ]);
    expect(await statusOf('a1')).toBe('dropped_out');
    expect(await db.select({ fromDate: slotDropouts.fromDate, reason: slotDropouts.reason, note: slotDropouts.note }).from(slotDropouts)).toEqual([{ fromDate: '2022-10-27', reason: 'sick', note: 'dirawat di rumah sakit' }]);
    expect(result.ppl.map((p) => [p.label, p.remainingFamilies, p.dailyTargetFamilies])).toEqual([['PPL 64.71.01-001', 0, 0], ['PPL 64.71.01-002', 120, 10], ['PPL 64.71.01-003', 160, 13.3]]);
    const entries = await db.select().from(auditLog).orderBy(auditLog.id);
    expect(entries.map((e) => [e.action, e.slsCode, e.slotIds])).toEqual([
      ['ppl.dropout', null, [fx.slots.a1, fx.slots.a2, fx.slots.b1]],
      ['assignment.move', '64.71.01.1001.0001', [fx.slots.a1, fx.slots.a2]],
      ['assignment.move', '64.71.01.1001.0002', [fx.slots.a1, fx.slots.b1]],
    ]);
    expect(entries[0]!.after).toMatchObject({ active: false, from: '2022-10-27', reason: 'sick', note: 'dirawat di rumah sakit' });
    // a dropped-out PPL neither receives work nor drops out twice
    expect(await moveWork(db, koseka(), ctx(), moveInput.parse({ slsCode: '64.71.01.1001.0003', fromSlotId: fx.slots.a2, toSlotId: fx.slots.a1, version: 1, families: 1 }))).toEqual({ ok: false, status: 422, refusal: { code: 'receiver_inactive' } });
    expect(await apply(koseka(), {})).toEqual({ ok: false, status: 409, refusal: { code: 'already_dropped_out' } });
  });

  it('splits one SLS over two receivers', async () => {
    const result = await apply(koseka(), { moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 }, { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.a2, families: 20 }, { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.b1, families: 40 }], versions: v1 });
    expect(result.ok).toBe(true);
    expect((await shareLines()).filter((l) => l.startsWith('0002'))).toEqual([`0002 ${fx.slots.a2}:20v2`, `0002 ${fx.slots.b1}:40v3`]);
  });

  it.each([
    ['families left with the dropout', () => ({ moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 }], versions: v1 }), { status: 422, refusal: { code: 'unfinished_left', slsCode: '64.71.01.1001.0002', familiesLeft: 60 } }],
    // a2: 80 + 40 + 60 = 180 over 12 days
    ['a receiver past the maximum without an override', () => ({ moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 }, { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.a2, families: 60 }], versions: v1 }), { status: 422, refusal: { code: 'over_max_daily', newFamiliesPerDay: 15, maxDailyFamilies: 14 }, move: 1 }],
    ['a version missing', () => ({ moves: [], versions: { '64.71.01.1001.0001': 1 } }), { status: 422, refusal: { code: 'missing_version', slsCode: '64.71.01.1001.0002' } }],
    ['a receiver in another kecamatan the KOSEKA cannot see', () => ({ moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.c1, families: 40 }], versions: v1 }), { status: 404 }],
    ['a date after today', () => ({ from: '2022-10-29' }), { status: 422, refusal: { code: 'dropout_after_today', today: '2022-10-28' } }],
    ['a date before the window', () => ({ from: '2022-10-14' }), { status: 422, refusal: { code: 'dropout_before_window', windowStart: '2022-10-15' } }],
  ] as const)('refuses %s, writing nothing', async (_what, body, expected) => {
    expect(await apply(koseka(), body())).toEqual({ ok: false, ...expected });
    expect(await statusOf('a1')).toBe('active');
    expect(await db.$count(auditLog)).toBe(0);
    expect((await shareLines()).slice(0, 2)).toEqual([`0001 ${fx.slots.a1}:70v1`, `0002 ${fx.slots.a1}:60v1`]);
  });

  it('lets the override and the dropout\'s note carry a receiver past the maximum', async () => {
    const result = await apply(koseka(), { override: true, note: 'tim lain juga penuh', moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 }, { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.a2, families: 60 }], versions: v1 });
    expect(result.ok && result.overridden).toBe(true);
    expect((await db.select({ action: auditLog.action }).from(auditLog).orderBy(auditLog.id)).map((e) => e.action)).toEqual(['ppl.dropout', 'assignment.move', 'assignment.override']);
  });

  it('refuses a stale version with the SLS\'s rows, and a PML of another team as not found', async () => {
    expect((await moveWork(db, koseka(), ctx(), moveInput.parse({ slsCode: '64.71.01.1001.0001', fromSlotId: fx.slots.a1, toSlotId: fx.slots.b1, version: 1, families: 5 }))).ok).toBe(true);
    const stale = await apply(koseka(), { moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 35 }, { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.b1, families: 60 }], versions: v1 });
    expect(stale).toMatchObject({ ok: false, status: 409, refusal: { code: 'stale_version', slsCode: '64.71.01.1001.0001' } });
    expect(!stale.ok && stale.status === 409 && stale.rows?.map((r) => r.version)).toEqual([2, 2]);
    expect(await apply(scope('pml', ['64.71.01'], fx.staffIds.pmlB), {})).toEqual({ ok: false, status: 404 });
  });

  it('applies one of two applies of the same dropout fired at once', async () => {
    const body = { moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 }, { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.b1, families: 60 }], versions: v1 };
    const results = await Promise.all([apply(koseka(), body), apply(scope('office_head', ['64.71']), body)]);
    expect(results.map((r) => (r.ok ? 200 : r.status)).sort()).toEqual([200, 409]);
    expect(await db.$count(slotDropouts)).toBe(1);
    expect(await db.$count(auditLog)).toBe(3);
    expect((await shareLines()).filter((l) => l.startsWith('0002'))).toEqual([`0002 ${fx.slots.b1}:60v2`]);
  });

  it('lets a dropout and a move of the same SLS at once not both win', async () => {
    const [dropout, moved] = await Promise.all([
      apply(koseka(), { moves: [{ slsCode: '64.71.01.1001.0001', toSlotId: fx.slots.a2, families: 40 }, { slsCode: '64.71.01.1001.0002', toSlotId: fx.slots.b1, families: 60 }], versions: v1 }),
      moveWork(db, scope('pml', ['64.71.01'], fx.staffIds.pmlA), ctx(), moveInput.parse({ slsCode: '64.71.01.1001.0001', fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, version: 1, families: 10 })),
    ]);
    expect([dropout.ok, moved.ok].filter(Boolean)).toHaveLength(1);
    const families = rowsOf<{ total: number | string }>(await db.execute(sql`select sum(families) as total from assignments where plan_id = ${fx.planId} and sls_code = '64.71.01.1001.0001'`));
    expect(Number(families[0]!.total)).toBe(70);
  });
});


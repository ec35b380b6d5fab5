import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { auditLog, interviewFamilies, interviews, planAdoptions, plans, planSlots } from '@/db/schema';
import { listSlotTerritories } from '@/db/queries/coverage';
import { listAssignmentRows } from '@/db/queries/plan-export';
import { getSlotSchedule } from '@/db/use-cases/get-slot-schedule';
import { moveWork } from '@/db/use-cases/move-work';
import { reassignmentContext } from '@/db/use-cases/reassignment-context';
import type { Role } from '@/lib/auth/permissions';
import { scopeOf, type ViewerScope } from '@/lib/auth/scope';
import { moveInput, type MoveInput } from '@/lib/reassignment/inputs';
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
const move = (viewer: ViewerScope, body: Partial<MoveInput> & { fromSlotId: number; toSlotId: number }) => moveWork(db, viewer, ctx(), moveInput.parse({ slsCode: '64.71.01.1001.0001', version: 1, ...body }));
const shareLines = async (slsCode: string) =>
  rowsOf<{ slot_id: number; families: number; version: number }>(await db.execute(sql`select slot_id, families, version from assignments where plan_id = ${fx.planId} and sls_code = ${slsCode} order by slot_id`)).map((r) => `${r.slot_id}:${r.families}v${r.version}`);
const slotFamilies = async (slotId: number) => (await db.select({ families: planSlots.families }).from(planSlots).where(eq(planSlots.id, slotId)))[0]!.families;

describe(`moveWork (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createReassignmentFixture(db);
  });
  beforeEach(async () => {
    await resetShares(db, fx);
  });

  it('moves part of an SLS: two shares at the next version, both loads, daily targets and schedules from today', async () => {
    const result = await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, families: 10 });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await shareLines('64.71.01.1001.0001')).toEqual([`${fx.slots.a1}:60v2`, `${fx.slots.a2}:10v2`]);
    expect(result.rows.map((r) => [r.slotId, r.families, r.version, r.doneFamilies])).toEqual([[fx.slots.a1, 60, 2, 30], [fx.slots.a2, 10, 2, 0]]);
    // a1: 30 + 60 left = 90 over 12 days; a2: 80 + 10 = 90
    expect([result.from.remainingFamilies, result.from.dailyTargetFamilies, result.to.remainingFamilies, result.to.dailyTargetFamilies]).toEqual([90, 7.5, 90, 7.5]);
    expect(result.to.schedule[0]).toMatchObject({ date: '2022-10-28', kind: 'work' });
    expect(result.to.schedule.reduce((s, d) => s + d.families, 0)).toBe(90);
    expect([await slotFamilies(fx.slots.a1), await slotFamilies(fx.slots.a2)]).toEqual([120, 90]);
  });

  it('keeps the readers of assignments right for a split SLS: the export, a slot\'s schedule, the planned territories', async () => {
    expect((await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, families: 10 })).ok).toBe(true);
    const office = scope('office_head', ['64.71']);
    const exported = (await listAssignmentRows(db, office, fx.planId)).filter((r) => r.slsCode === '64.71.01.1001.0001');
    expect(exported.map((r) => [r.ppl, r.families, r.villageName])).toEqual([['PPL 64.71.01-001', 60, 'Manggar'], ['PPL 64.71.01-002', 10, 'Manggar']]);
    const plan = { id: fx.planId, params: defaultOperationParams };
    const schedule = await getSlotSchedule(db, office, plan, fx.slots.a2);
    expect(schedule?.sls.map((s) => `${s.slsCode}:${s.families}`)).toEqual(['64.71.01.1001.0001:10', '64.71.01.1001.0003:80']);
    expect(schedule?.schedule.reduce((sum, d) => sum + d.families, 0)).toBe(90);
    const territories = await listSlotTerritories(db, { planId: fx.planId, districtCode: '64.71.01', areaCode: '64.71.01.1001.0001' });
    expect(territories.map((t) => t.sls.find((x) => x.slsCode === '64.71.01.1001.0001')?.families)).toEqual([60, 10]);
  });

  it('moves all the giver has left by default, and the families they finished stay theirs', async () => {
    const before = rowsOf(await db.execute(sql`select * from ${interviews} order by id`));
    const families = rowsOf(await db.execute(sql`select * from ${interviewFamilies} order by family_key`));
    const result = await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.b1 });
    expect(result.ok && result.families).toBe(40);
    expect(await shareLines('64.71.01.1001.0001')).toEqual([`${fx.slots.a1}:30v2`, `${fx.slots.b1}:40v2`]);
    expect(rowsOf(await db.execute(sql`select * from ${interviews} order by id`))).toEqual(before);
    expect(rowsOf(await db.execute(sql`select * from ${interviewFamilies} order by family_key`))).toEqual(families);
    // with nothing left, there is nothing to move
    const again = await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, version: 2 });
    expect(again).toEqual({ ok: false, status: 422, refusal: { code: 'nothing_to_move' } });
  });

  it('hands a whole untouched SLS over: the giver\'s share goes', async () => {
    const result = await move(koseka(), { slsCode: '64.71.01.1001.0002', fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2 });
    expect(result.ok && result.families).toBe(60);
    expect(await shareLines('64.71.01.1001.0002')).toEqual([`${fx.slots.a2}:60v2`]);
    expect(await slotFamilies(fx.slots.a1)).toBe(70);
    // the family a2 did there outside their assignment now counts as theirs: 80 + 59 left
    expect(result.ok && result.to.remainingFamilies).toBe(139);
  });

  it('answers a stale version with 409 and the shares as they are, writing nothing', async () => {
    expect((await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, families: 5 })).ok).toBe(true);
    const stale = await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.b1, families: 5 });
    expect(stale).toMatchObject({ ok: false, status: 409, refusal: { code: 'stale_version', slsCode: '64.71.01.1001.0001' } });
    expect(!stale.ok && stale.status === 409 && stale.rows?.map((r) => `${r.slotId}:${r.families}v${r.version}`)).toEqual([`${fx.slots.a1}:65v2`, `${fx.slots.a2}:5v2`]);
    expect(await db.$count(auditLog)).toBe(1);
  });

  it.each([
    // who moves, from, to → answer
    ['a KOSEKA, more than is left', () => koseka(), 'a1', 'a2', { families: 41 }, { status: 422, refusal: { code: 'more_than_left', familiesLeft: 40 } }],
    ['a KOSEKA, to another kecamatan', () => koseka(), 'a1', 'c1', {}, { status: 404, missing: 'ppl' }],
    ['an office head, to another kecamatan', () => scope('office_head', ['64.71']), 'a1', 'c1', {}, { status: 422, refusal: { code: 'other_district', fromDistrictCode: '64.71.01', toDistrictCode: '64.71.02' } }],
    ['a PML, to another team', () => scope('pml', ['64.71.01'], fx.staffIds.pmlA), 'a1', 'b1', {}, { status: 404, missing: 'ppl' }],
    ['a PML, from another team', () => scope('pml', ['64.71.01'], fx.staffIds.pmlB), 'a1', 'b1', {}, { status: 404, missing: 'ppl' }],
    ['a PPL', () => scope('ppl', ['64.71.01'], fx.staffIds.a1), 'a1', 'a2', {}, { status: 404, missing: 'ppl' }],
    ['to oneself', () => koseka(), 'a1', 'a1', {}, { status: 422, refusal: { code: 'same_ppl' } }],
    ['an SLS the plan does not have', () => koseka(), 'a1', 'a2', { slsCode: '64.71.01.1001.0099' }, { status: 404, missing: 'sls' }],
    ['an SLS the giver does not hold', () => koseka(), 'a2', 'a1', {}, { status: 409, refusal: { code: 'stale_version', slsCode: '64.71.01.1001.0001' } }],
  ] as const)('refuses %s, writing nothing', async (_what, viewer, from, to, body, expected) => {
    const result = await move(viewer(), { fromSlotId: fx.slots[from], toSlotId: fx.slots[to], ...body });
    expect(result).toMatchObject({ ok: false, ...expected });
    expect(await shareLines('64.71.01.1001.0001')).toEqual([`${fx.slots.a1}:70v1`]);
    expect(await db.$count(auditLog)).toBe(0);
  });

  it('lets a PML move between the PPL of their own team', async () => {
    expect((await move(scope('pml', ['64.71.01'], fx.staffIds.pmlA), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, families: 3 })).ok).toBe(true);
  });

  it('refuses a receiver pushed past the maximum unless overridden with a note, and audits the override', async () => {
    // a2 has 80 left and can do 14 x 12 = 168; with a1's 64.71.01.1001.0002 (59 left to a2, who did one there)
    // 40 more make 179, 14.9 a day
    expect((await move(koseka(), { slsCode: '64.71.01.1001.0002', fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2 })).ok).toBe(true);
    const over = await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2 });
    expect(over).toEqual({ ok: false, status: 422, refusal: { code: 'over_max_daily', newFamiliesPerDay: 14.9, maxDailyFamilies: 14 } });
    const overridden = await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, override: true, note: 'a2 tinggal di RT ini' });
    expect(overridden.ok && [overridden.overridden, overridden.to.dailyTargetFamilies]).toEqual([true, 14.9]);
    const entries = await db.select().from(auditLog).orderBy(auditLog.id);
    expect(entries.map((e) => [e.action, e.slsCode, e.areaCode, e.slotIds, e.userId])).toEqual([
      ['assignment.move', '64.71.01.1001.0002', '64.71.01', [fx.slots.a1, fx.slots.a2], 'u-koseka'],
      ['assignment.override', '64.71.01.1001.0001', '64.71.01', [fx.slots.a1, fx.slots.a2], 'u-koseka'],
    ]);
    expect(entries[1]!.before).toEqual({ shares: [{ slotId: fx.slots.a1, families: 70, version: 1 }] });
    expect(entries[1]!.after).toMatchObject({ shares: [{ slotId: fx.slots.a1, families: 30, version: 2 }, { slotId: fx.slots.a2, families: 40, version: 2 }], families: 40, note: 'a2 tinggal di RT ini', newFamiliesPerDay: 14.9 });
  });

  it('refuses a dropped-out receiver', async () => {
    await db.execute(sql`update staff set status = 'dropped_out' where id = ${fx.staffIds.a2}`);
    expect(await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2 })).toEqual({ ok: false, status: 422, refusal: { code: 'receiver_inactive' } });
  });

  it('moves only on the plan in force of the kecamatan', async () => {
    const [other] = await db.insert(plans).values({ operationId: fx.operationId, areaCode: '64.71.01', name: 'Timur', status: 'saved', params: defaultOperationParams }).returning();
    await db.insert(planAdoptions).values({ operationId: fx.operationId, areaCode: '64.71.01', planId: other!.id });
    try {
      expect(await move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2 })).toEqual({ ok: false, status: 409, refusal: { code: 'plan_not_in_force', districtCode: '64.71.01' } });
    } finally {
      await db.delete(plans).where(eq(plans.id, other!.id));
    }
  });

  it('lets exactly one of two conflicting moves of one SLS fired at once win', async () => {
    const results = await Promise.all([
      move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, families: 10 }),
      move(scope('office_head', ['64.71']), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.b1, families: 20 }),
    ]);
    expect(results.map((r) => (r.ok ? 200 : r.status)).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.ok)!;
    if (!winner.ok) throw new Error('no winner');
    const receiver = winner.to.slotId;
    expect(await shareLines('64.71.01.1001.0001')).toEqual([`${fx.slots.a1}:${70 - winner.families}v2`, `${receiver}:${winner.families}v2`]);
    expect(await db.$count(auditLog)).toBe(1);
    const loser = results.find((r) => !r.ok)!;
    expect(!loser.ok && loser.status === 409 && loser.rows?.length).toBe(2);
  });

  it('keeps loads consistent when many moves to one receiver race: none passes the maximum unnoticed', async () => {
    // a2 can take 88 more; shares of 40, 30 and 60 families arrive at once from two givers
    const results = await Promise.all([
      move(koseka(), { fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, families: 40 }),
      move(koseka(), { slsCode: '64.71.01.1001.0002', fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, families: 30 }),
      move(koseka(), { slsCode: '64.71.01.1002.0001', fromSlotId: fx.slots.b1, toSlotId: fx.slots.a2, families: 60 }),
    ]);
    const families = await slotFamilies(fx.slots.a2);
    expect(families - 80).toBeLessThanOrEqual(88);
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    expect(await db.$count(auditLog)).toBe(results.filter((r) => r.ok).length);
  });
});

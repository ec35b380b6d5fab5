import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { plannedDaily } from '@/db/schema';
import { getAreaCoverage } from '@/db/use-cases/get-area-coverage';
import { moveWork } from '@/db/use-cases/move-work';
import { reassignmentContext } from '@/db/use-cases/reassignment-context';
import { ensurePlannedDaily } from '@/db/use-cases/roll-up-planned-days';
import { nationalScope, scopeOf } from '@/lib/auth/scope';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { defaultOperationParams } from '@/lib/operations/params';
import { moveInput, type MoveInput } from '@/lib/reassignment/inputs';
import { createReassignmentFixture, resetShares, type ReassignmentFixture } from './reassignment-fixture';
import { openTestDb } from './test-db';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

let fx: ReassignmentFixture;
const params = { ...defaultOperationParams, strategy: 'standard' as const };
const calendar = workingCalendar({ params });
const operation = () => ({ id: fx.operationId, params });
const ctx = () => reassignmentContext({ plan: { id: fx.planId, operationId: fx.operationId, areaCode: '64.71', params }, today: '2022-10-28', userId: 'u-koseka' });
const move = (body: Partial<MoveInput> & { fromSlotId: number; toSlotId: number }) =>
  moveWork(db, scopeOf({ role: 'koseka', areaCodes: ['64.71.01'], staffId: null }), ctx(), moveInput.parse({ slsCode: '64.71.01.1001.0001', version: 1, ...body }));

/** The planned curves of the country, the province and the kabupaten with their children, as the API answers them. */
async function plannedCurves() {
  const curves: Record<string, (number | string)[]> = {};
  for (const areaCode of ['ID', '64', '64.71']) {
    const answer = await getAreaCoverage(db, nationalScope, { operation: operation(), areaCode, asOf: '2022-10-28' });
    curves[areaCode] = answer!.daily.map((d) => d.planned);
    for (const child of answer!.children) curves[`${areaCode}>${child.code}`] = [child.plannedEnd ?? '', child.status, child.planSource];
  }
  return curves;
}

/** The same curves computed from the slots themselves (no roll-up rows: the path for plans adopted before them). */
async function curvesFromSlots() {
  const rows = await db.select().from(plannedDaily).where(eq(plannedDaily.planId, fx.planId));
  await db.delete(plannedDaily).where(eq(plannedDaily.planId, fx.planId));
  const curves = await plannedCurves();
  if (rows.length > 0) await db.insert(plannedDaily).values(rows);
  return curves;
}

describe(`planned_daily roll-up (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createReassignmentFixture(db);
  });
  beforeEach(async () => {
    await resetShares(db, fx);
    await db.delete(plannedDaily);
    await ensurePlannedDaily(db, { planId: fx.planId, calendar });
  });

  it('is written once on adoption and gives the curves the slots give', async () => {
    const rows = await db.$count(plannedDaily, eq(plannedDaily.planId, fx.planId));
    // 4 PPL in 2 kecamatan of one kabupaten: 5 areas (ID, 64, 64.71, 64.71.01, 64.71.02) x 25 working days
    expect(rows).toBe(125);
    await ensurePlannedDaily(db, { planId: fx.planId, calendar });
    expect(await db.$count(plannedDaily, eq(plannedDaily.planId, fx.planId))).toBe(rows);
    const fromRows = await plannedCurves();
    expect(fromRows.ID!.at(-1)).toBe(400); // every family of the plan's four PPL: 130 + 80 + 100 + 90
    expect(fromRows).toEqual(await curvesFromSlots());
  });

  it('follows a move: the roll-up after it equals a recount from the slots', async () => {
    const before = await plannedCurves();
    const result = await move({ fromSlotId: fx.slots.a1, toSlotId: fx.slots.b1, families: 40 });
    expect(result.ok).toBe(true);
    const after = await plannedCurves();
    expect(after).toEqual(await curvesFromSlots());
    // 40 families from a 130-family PPL to a 100-family one reshapes the kecamatan's days, not its total
    expect(after.ID!.at(-1)).toBe(before.ID!.at(-1));
    expect(after.ID).not.toEqual(before.ID);
  });

  it('adds up two moves at once in one kecamatan (different SLS): the roll-up equals a recount', async () => {
    const results = await Promise.all([
      move({ fromSlotId: fx.slots.a1, toSlotId: fx.slots.b1, families: 30 }),
      move({ slsCode: '64.71.01.1001.0003', fromSlotId: fx.slots.a2, toSlotId: fx.slots.b1, families: 50 }),
    ]);
    expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
    expect(await plannedCurves()).toEqual(await curvesFromSlots());
  });
});

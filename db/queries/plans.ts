import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { CharterToSave, SlotToSave, TripToSave } from '@/lib/operations/plan-rows';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { readTerritoryFlag } from '@/lib/planning/stored-notes';
import type { ProgressFn } from '../bulk-insert';
import { insertInBatches } from '../bulk-insert';
import type { ViewerScope } from '@/lib/auth/scope';
import type { Db } from '../client';
import { lockKeys } from '../locks';
import { failSave, isStalled, removePlanRows } from './plan-saves';
import { areas, assignments, charters, charterTrips, planSlots, plans, staff, type Plan, type StoredPlanParams } from '../schema';
import { insideScope, overlappingScope, visibleSlot } from './scope';

export type { CharterToSave, SlotToSave, TripToSave } from '@/lib/operations/plan-rows';

export interface NewPlanInput {
  operationId: number;
  areaCode: string;
  name: string;
  params: StoredPlanParams;
  summary: PlanSummary;
  createdBy?: string | null;
  /** rows to write: slots + assignments + charter trips, for the progress bar */
  totalRows: number;
}

/**
 * Creates the plan record in state 'saving', so its progress can be polled while the rows are written. Its version is
 * the area's next, taken under an advisory lock on (operation, area) in one transaction: plans created at once get
 * distinct versions (and the unique index refuses any that would not).
 */
export async function createPlan(db: Db, input: NewPlanInput): Promise<Plan> {
  return db.transaction(async (t) => {
    await lockKeys(t, [`plans:${input.operationId}:${input.areaCode}`]);
    const [latest] = await t
      .select({ version: sql<number>`coalesce(max(${plans.version}), 0)`.mapWith(Number) })
      .from(plans)
      .where(and(eq(plans.operationId, input.operationId), eq(plans.areaCode, input.areaCode)));
    const [plan] = await t
      .insert(plans)
      .values({
        operationId: input.operationId,
        areaCode: input.areaCode,
        name: input.name,
        version: (latest?.version ?? 0) + 1,
        status: 'saving',
        params: input.params,
        summary: input.summary,
        createdBy: input.createdBy ?? null,
        progressTotal: input.totalRows,
      })
      .returning();
    return plan!;
  });
}

/** The plan was deleted or given up while its rows were being written. */
class SaveStopped extends Error {}

/** A planner bug: the same SLS in two territories of one saved plan. */
export class SlsTwiceError extends Error {
  constructor(slsCode: string) {
    super(`SLS ${slsCode} ada di dua wilayah tugas rencana yang sama`);
    this.name = 'SlsTwiceError';
  }
}

/**
 * The planner gives each SLS to one territory. The assignments key allows an SLS per slot (a coordinator may split
 * one later), so a save checks it itself: a planner bug must not half-save.
 */
function assertSlsOnce(slots: readonly SlotToSave[]): void {
  const seen = new Set<string>();
  for (const s of slots.flatMap((slot) => slot.sls)) {
    if (seen.has(s.slsCode)) throw new SlsTwiceError(s.slsCode);
    seen.add(s.slsCode);
  }
}

/**
 * Writes a plan's slots, assignments and charters in batches, recording progress (and its time) on the plan row
 * between batches, outside one big transaction so a poller can read it. Rows of a plan are read only once it is
 * 'saved', so the partial rows are never shown. On an error the partial rows go and the plan is 'failed' ('error');
 * when the plan is deleted or given up meanwhile, the save stops, removes what it wrote and answers 'stopped'.
 */
export async function savePlanRows(
  db: Db,
  planId: number,
  rows: { slots: readonly SlotToSave[]; charters: readonly CharterToSave[]; trips?: readonly TripToSave[] },
  onProgress?: ProgressFn,
): Promise<'saved' | 'stopped'> {
  const trips = rows.trips ?? [];
  const total = rows.slots.length + rows.slots.reduce((s, x) => s + x.sls.length, 0) + rows.charters.length + trips.length;
  const stillSaving = and(eq(plans.id, planId), eq(plans.status, 'saving'));
  let done = 0;
  const report = async (n: number) => {
    done += n;
    const moved = await db.update(plans).set({ progressDone: done, progressAt: sql`now()` }).where(stillSaving).returning({ id: plans.id });
    if (moved.length === 0) throw new SaveStopped();
    await onProgress?.(done, total);
  };
  try {
    assertSlsOnce(rows.slots);
    const ids = await insertSlots(db, planId, rows.slots, report);
    const assignmentRows = rows.slots.flatMap((slot) => slot.sls.map((s) => ({ planId, slsCode: s.slsCode, families: s.families, slotId: ids.get(slot.key)! })));
    await insertInBatches(db, assignments, assignmentRows, { batchSize: 5000, onProgress: progressDelta(report) });
    await insertInBatches(db, charters, rows.charters.map((c) => ({ ...c, planId })), { batchSize: 2000, onProgress: progressDelta(report) });
    await insertInBatches(db, charterTrips, trips.map((t) => ({ ...t, planId })), { batchSize: 500, onProgress: progressDelta(report) });
    const saved = await db.update(plans).set({ status: 'saved', progressDone: total, progressAt: sql`now()` }).where(stillSaving).returning({ id: plans.id });
    if (saved.length === 0) throw new SaveStopped();
    return 'saved';
  } catch (error) {
    await removePlanRows(db, planId);
    // A plan deleted mid-save also surfaces as a foreign key error: only a save this call gave up is a failure.
    if (error instanceof SaveStopped || !(await failSave(db, planId))) return 'stopped';
    throw error;
  }
}

function progressDelta(report: (n: number) => Promise<void>): ProgressFn {
  let last = 0;
  return async (done) => {
    const delta = done - last;
    last = done;
    await report(delta);
  };
}

async function insertSlots(db: Db, planId: number, slots: readonly SlotToSave[], report: (n: number) => Promise<void>) {
  const ids = new Map<string, number>();
  // Role by role, supervisors first, so a PPL row can name its PML's id.
  for (const role of ['koseka', 'pml', 'ppl'] as const) {
    const ofRole = slots.filter((s) => s.role === role);
    for (let i = 0; i < ofRole.length; i += 2000) {
      const batch = ofRole.slice(i, i + 2000);
      const inserted = await db.insert(planSlots).values(batch.map((s) => slotRow(planId, s, ids))).returning({ id: planSlots.id });
      batch.forEach((s, k) => ids.set(s.key, inserted[k]!.id));
      await report(batch.length);
    }
  }
  return ids;
}

function slotRow(planId: number, s: SlotToSave, ids: Map<string, number>) {
  const { key: _key, supervisorKey, sls: _sls, ...fields } = s;
  return { ...fields, planId, supervisorSlotId: supervisorKey ? (ids.get(supervisorKey) ?? null) : null };
}

/** Plans of an operation whose area overlaps the viewer's (a KOSEKA sees a city-wide plan), newest first. */
export async function listPlans(db: Db, scope: ViewerScope, operationId: number) {
  const rows = await db
    .select({ id: plans.id, name: plans.name, areaCode: plans.areaCode, version: plans.version, status: plans.status, failure: plans.failure, summary: plans.summary, createdAt: plans.createdAt, stalled: isStalled() })
    .from(plans)
    .where(and(eq(plans.operationId, operationId), overlappingScope(scope, plans.areaCode)))
    .orderBy(desc(plans.id));
  // A save that stood still is listed as it will end, as getPlan reports it.
  return rows.map(({ stalled, ...plan }) => (stalled ? { ...plan, status: 'failed' as const, failure: 'interrupted' } : plan));
}

/**
 * One plan with its status and progress; null when unknown or its area does not overlap the viewer's. A save whose
 * progress stood still too long is reported as it will end: 'failed', failure 'interrupted' (`failStalledSaves`
 * records it and removes the partial rows).
 */
export async function getPlan(db: Db, scope: ViewerScope, planId: number): Promise<Plan | null> {
  const [row] = await db.select({ plan: plans, stalled: isStalled() }).from(plans).where(and(eq(plans.id, planId), overlappingScope(scope, plans.areaCode)));
  if (!row) return null;
  return row.stalled ? { ...row.plan, status: 'failed', failure: 'interrupted' } : row.plan;
}

/** The slots of a plan the viewer may see (visibleSlot), optionally of one kecamatan, in label order, with their person and flag (read as a code). */
export async function listPlanSlots(db: Db, scope: ViewerScope, planId: number, districtCode?: string) {
  const rows = await db
    .select({
      id: planSlots.id,
      label: planSlots.label,
      role: planSlots.role,
      districtCode: planSlots.districtCode,
      supervisorSlotId: planSlots.supervisorSlotId,
      staffId: planSlots.staffId,
      staffName: staff.name,
      families: planSlots.families,
      onSiteDays: planSlots.onSiteDays,
      familiesPerDay: planSlots.familiesPerDay,
      startDate: planSlots.startDate,
      endDate: planSlots.endDate,
      flag: planSlots.flag,
    })
    .from(planSlots)
    .leftJoin(staff, eq(staff.id, planSlots.staffId))
    .where(and(eq(planSlots.planId, planId), districtCode ? eq(planSlots.districtCode, districtCode) : undefined, visibleSlot(scope)))
    .orderBy(asc(planSlots.label));
  return rows.map((row) => ({ ...row, flag: readTerritoryFlag(row.flag) }));
}

/** The SLS of a plan in slots the viewer may see, optionally of one slot, in SLS order (a split SLS: by slot). */
export async function listPlanAssignments(db: Db, scope: ViewerScope, planId: number, slotId?: number) {
  return db
    .select({ slsCode: assignments.slsCode, families: assignments.families, slotId: assignments.slotId, version: assignments.version })
    .from(assignments)
    .innerJoin(planSlots, eq(planSlots.id, assignments.slotId))
    .where(and(eq(assignments.planId, planId), slotId ? eq(assignments.slotId, slotId) : undefined, visibleSlot(scope)))
    .orderBy(asc(assignments.slsCode), asc(assignments.slotId));
}

/** A plan's charter legs to villages inside the viewer's areas, by date. */
export async function listPlanCharters(db: Db, scope: ViewerScope, planId: number) {
  return db
    .select({
      villageCode: charters.villageCode,
      villageName: sql<string>`coalesce(${areas.name}, ${charters.villageCode})`,
      mode: charters.mode,
      kind: charters.kind,
      tripDate: charters.tripDate,
      seats: charters.seats,
      costRupiah: charters.costRupiah,
    })
    .from(charters)
    .leftJoin(areas, eq(areas.code, charters.villageCode))
    .where(and(eq(charters.planId, planId), insideScope(scope, charters.villageCode)))
    .orderBy(asc(charters.tripDate), asc(charters.villageCode));
}

/** One slot of a plan; null when it belongs to another plan or the viewer may not see it (another team's PPL). */
export async function getPlanSlot(db: Db, scope: ViewerScope, planId: number, slotId: number) {
  const [slot] = await db
    .select()
    .from(planSlots)
    .where(and(eq(planSlots.planId, planId), eq(planSlots.id, slotId), visibleSlot(scope)));
  return slot ? { ...slot, flag: readTerritoryFlag(slot.flag) } : null;
}

/** The kecamatan of a plan in which the viewer sees slots, with their names, in code order. */
export async function listPlanDistricts(db: Db, scope: ViewerScope, planId: number): Promise<{ districtCode: string; districtName: string }[]> {
  return db
    .selectDistinct({ districtCode: planSlots.districtCode, districtName: sql<string>`coalesce(${areas.name}, ${planSlots.districtCode})` })
    .from(planSlots)
    .leftJoin(areas, eq(areas.code, planSlots.districtCode))
    .where(and(eq(planSlots.planId, planId), visibleSlot(scope)))
    .orderBy(asc(planSlots.districtCode));
}

/**
 * The saved plans of an operation whose area overlaps the viewer's, newest first, with their area's name: the plans
 * the Petugas page may staff (the first is its default); with `areaCode`, only the plans of exactly that area (the
 * ones the compare page offers beside a plan).
 */
export async function listSavedPlans(db: Db, scope: ViewerScope, operationId: number, { areaCode }: { areaCode?: string } = {}) {
  return db
    .select({ id: plans.id, name: plans.name, version: plans.version, areaCode: plans.areaCode, areaName: sql<string>`coalesce(${areas.name}, ${plans.areaCode})` })
    .from(plans)
    .leftJoin(areas, eq(areas.code, plans.areaCode))
    .where(and(eq(plans.operationId, operationId), eq(plans.status, 'saved'), overlappingScope(scope, plans.areaCode), areaCode === undefined ? undefined : eq(plans.areaCode, areaCode)))
    .orderBy(desc(plans.id));
}

import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { CharterToSave, SlotToSave } from '@/lib/operations/plan-rows';
import type { ProgressFn } from '../bulk-insert';
import { insertInBatches } from '../bulk-insert';
import type { Db } from '../client';
import { lockKeys } from '../locks';
import { failSave, isStalled, removePlanRows } from './plan-saves';
import { areas, assignments, charters, planSlots, plans, staff, type Plan } from '../schema';

export type { CharterToSave, SlotToSave } from '@/lib/operations/plan-rows';

export interface NewPlanInput {
  operationId: number;
  areaCode: string;
  name: string;
  params: unknown;
  summary: unknown;
  createdBy?: string | null;
  /** rows to write: slots + assignments + charters, for the progress bar */
  totalRows: number;
}

/**
 * Creates the plan record in state 'saving', so its progress can be polled while the rows are written. Its version is
 * the area's next, taken under an advisory lock on (operation, area) in one transaction: plans created at once get
 * distinct versions (and the unique index refuses any that would not).
 */
export async function createPlan(db: Db, input: NewPlanInput): Promise<Plan> {
  return db.transaction(async (tx) => {
    const t = tx as unknown as Db;
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

/**
 * Writes a plan's slots, assignments and charters in batches, recording progress (and its time) on the plan row
 * between batches, outside one big transaction so a poller can read it. Rows of a plan are read only once it is
 * 'saved', so the partial rows are never shown. On an error the partial rows go and the plan is 'failed' ('error');
 * when the plan is deleted or given up meanwhile, the save stops, removes what it wrote and answers 'stopped'.
 */
export async function savePlanRows(
  db: Db,
  planId: number,
  rows: { slots: readonly SlotToSave[]; charters: readonly CharterToSave[] },
  onProgress?: ProgressFn,
): Promise<'saved' | 'stopped'> {
  const total = rows.slots.length + rows.slots.reduce((s, x) => s + x.sls.length, 0) + rows.charters.length;
  const stillSaving = and(eq(plans.id, planId), eq(plans.status, 'saving'));
  let done = 0;
  const report = async (n: number) => {
    done += n;
    const moved = await db.update(plans).set({ progressDone: done, progressAt: sql`now()` }).where(stillSaving).returning({ id: plans.id });
    if (moved.length === 0) throw new SaveStopped();
    await onProgress?.(done, total);
  };
  try {
    const ids = await insertSlots(db, planId, rows.slots, report);
    const assignmentRows = rows.slots.flatMap((slot) => slot.sls.map((s) => ({ planId, slsCode: s.slsCode, families: s.families, slotId: ids.get(slot.key)! })));
    await insertInBatches(db, assignments, assignmentRows, { batchSize: 5000, onProgress: progressDelta(report) });
    await insertInBatches(db, charters, rows.charters.map((c) => ({ ...c, planId })), { batchSize: 2000, onProgress: progressDelta(report) });
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


/** Saved plans of an operation, newest first. */
export async function listPlans(db: Db, operationId: number) {
  return db
    .select({ id: plans.id, name: plans.name, areaCode: plans.areaCode, version: plans.version, status: plans.status, summary: plans.summary, createdAt: plans.createdAt })
    .from(plans)
    .where(eq(plans.operationId, operationId))
    .orderBy(desc(plans.id));
}

/**
 * One plan with its status and progress. A save whose progress stood still too long is reported as it will end:
 * 'failed', failure 'interrupted' (`failStalledSaves` records it and removes the partial rows).
 */
export async function getPlan(db: Db, planId: number): Promise<Plan | null> {
  const [row] = await db.select({ plan: plans, stalled: isStalled() }).from(plans).where(eq(plans.id, planId));
  if (!row) return null;
  return row.stalled ? { ...row.plan, status: 'failed', failure: 'interrupted' } : row.plan;
}

/** A plan's slots, optionally of one kecamatan, in label order, with the roster person filling each. */
export async function listPlanSlots(db: Db, planId: number, districtCode?: string) {
  return db
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
    .where(and(eq(planSlots.planId, planId), districtCode ? eq(planSlots.districtCode, districtCode) : undefined))
    .orderBy(asc(planSlots.label));
}

/** The SLS of a plan, with the slot that works each, in SLS order. */
export async function listPlanAssignments(db: Db, planId: number, slotId?: number) {
  return db
    .select({ slsCode: assignments.slsCode, families: assignments.families, slotId: assignments.slotId, version: assignments.version })
    .from(assignments)
    .where(and(eq(assignments.planId, planId), slotId ? eq(assignments.slotId, slotId) : undefined))
    .orderBy(asc(assignments.slsCode));
}

/** A plan's charter legs by date. */
export async function listPlanCharters(db: Db, planId: number) {
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
    .where(eq(charters.planId, planId))
    .orderBy(asc(charters.tripDate), asc(charters.villageCode));
}

/** One slot of a plan (null when it belongs to another plan). */
export async function getPlanSlot(db: Db, planId: number, slotId: number) {
  const [slot] = await db.select().from(planSlots).where(and(eq(planSlots.planId, planId), eq(planSlots.id, slotId)));
  return slot ?? null;
}

/** The newest saved plan of an operation: the one the Petugas page staffs. */
export async function getLatestSavedPlan(db: Db, operationId: number): Promise<Plan | null> {
  const [plan] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.operationId, operationId), eq(plans.status, 'saved')))
    .orderBy(desc(plans.id))
    .limit(1);
  return plan ?? null;
}

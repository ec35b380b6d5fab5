import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { assignments, auditLog, charters, charterTrips, planSlots, plans, type Plan } from '../schema';

/**
 * A save reports progress every batch (a few thousand rows, well under a second); one whose progress has stood still
 * this long was interrupted (its process ended) and will never finish.
 */
export const stalledSaveSeconds = 120;

/** True for a plan still 'saving' whose progress has not moved for `seconds`. */
export function isStalled(seconds: number = stalledSaveSeconds) {
  return sql<boolean>`(${plans.status} = 'saving' and ${plans.progressAt} <= now() - make_interval(secs => ${seconds}))`;
}

/** Deletes a plan's slots, assignments, charter legs and trips (the plan row stays). */
export async function removePlanRows(db: Db, planIds: number | readonly number[]): Promise<void> {
  const ids = typeof planIds === 'number' ? [planIds] : [...planIds];
  if (ids.length === 0) return;
  await db.delete(assignments).where(inArray(assignments.planId, ids));
  await db.delete(charters).where(inArray(charters.planId, ids));
  await db.delete(charterTrips).where(inArray(charterTrips.planId, ids));
  await db.delete(planSlots).where(inArray(planSlots.planId, ids));
}

/**
 * Marks every save whose progress stood still for `staleAfterSeconds` as failed ('interrupted') and removes the
 * partial rows of every failed plan. `npm start` calls it before serving (with 0 on PGlite, which no other process
 * can be writing). Returns the ids of the plans it failed.
 */
export async function failStalledSaves(db: Db, { staleAfterSeconds = stalledSaveSeconds } = {}): Promise<number[]> {
  const failed = await db
    .update(plans)
    .set({ status: 'failed', failure: 'interrupted' })
    .where(isStalled(staleAfterSeconds))
    .returning({ id: plans.id });
  const leftovers = await db.select({ id: plans.id }).from(plans).where(eq(plans.status, 'failed'));
  await removePlanRows(db, leftovers.map((p) => p.id));
  return failed.map((p) => p.id);
}

/**
 * Deletes a plan with its slots, assignments and charters (the foreign keys cascade) and writes who deleted what
 * to the audit log, in one transaction. A save still running finds its plan gone at its next batch and stops; rows it
 * wrote before are cascaded, rows after are refused by the foreign key. Null when the plan is already gone.
 */
export async function deletePlan(db: Db, planId: number, userId: string | null): Promise<Plan | null> {
  return db.transaction(async (tx) => {
    const [plan] = await tx.delete(plans).where(eq(plans.id, planId)).returning();
    if (!plan) return null;
    await tx.insert(auditLog).values({ userId, action: 'plan.delete', entity: 'plan', entityId: String(planId), before: auditedPlan(plan) });
    return plan;
  });
}

/** The plan as the audit log keeps it: every field, the summary without its per-kecamatan table. */
function auditedPlan(plan: Plan) {
  const { summary, ...fields } = plan;
  if (!summary) return { ...fields, summary };
  const { districts: _districts, ...headline } = summary;
  return { ...fields, summary: headline };
}

/** Marks a save given up after an error; false when the plan was no longer saving (deleted or already failed). */
export async function failSave(db: Db, planId: number): Promise<boolean> {
  const marked = await db
    .update(plans)
    .set({ status: 'failed', failure: 'error' })
    .where(and(eq(plans.id, planId), eq(plans.status, 'saving')))
    .returning({ id: plans.id });
  return marked.length > 0;
}

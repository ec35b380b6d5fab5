import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ViewerScope } from '@/lib/auth/scope';
import { finalOutcomes } from '@/lib/interviews/outcomes';
import type { ShareChange, SlsShare } from '@/lib/reassignment/plan-move';
import type { Db } from '../client';
import { assignments, interviewFamilies, planSlots, plans } from '../schema';
import { visibleSlot } from './scope';

/** One PPL's share of an SLS as the API shows it: whose, how many families, its version, what they finished. */
export interface ShareRow {
  slsCode: string;
  slotId: number;
  slotLabel: string;
  families: number;
  version: number;
  doneFamilies: number;
}

/**
 * The shares of an SLS in a plan held by slots the viewer may see (a PML: their team's only), by slot; each with the
 * families its holder finished there.
 */
export async function listSlsShares(db: Db, scope: ViewerScope, { planId, slsCode }: { planId: number; slsCode: string }): Promise<ShareRow[]> {
  const rows = await db
    .select({
      slsCode: assignments.slsCode,
      slotId: assignments.slotId,
      slotLabel: planSlots.label,
      families: assignments.families,
      version: assignments.version,
      doneFamilies: sql<number>`(select count(*) from ${interviewFamilies} f
        where f.operation_id = ${plans.operationId} and f.sls_code = ${assignments.slsCode} and f.ppl_staff_id = ${planSlots.staffId}
          and f.outcome in (${sql.join(finalOutcomes.map((o) => sql`${o}`), sql`, `)}))`.mapWith(Number),
    })
    .from(assignments)
    .innerJoin(planSlots, eq(planSlots.id, assignments.slotId))
    .innerJoin(plans, eq(plans.id, assignments.planId))
    .where(and(eq(assignments.planId, planId), eq(assignments.slsCode, slsCode), visibleSlot(scope)))
    .orderBy(asc(assignments.slotId));
  return rows;
}

/**
 * Every share of an SLS in a plan, locked for update in slot order: the check of a move's version and its write
 * happen under this lock, so of two moves of one SLS the second reads what the first wrote.
 */
export async function lockSlsShares(db: Db, { planId, slsCode }: { planId: number; slsCode: string }): Promise<SlsShare[]> {
  return db
    .select({ slotId: assignments.slotId, families: assignments.families, version: assignments.version })
    .from(assignments)
    .where(and(eq(assignments.planId, planId), eq(assignments.slsCode, slsCode)))
    .orderBy(asc(assignments.slotId))
    .for('update');
}

/** Writes a move's changes to the shares of an SLS: new shares inserted, emptied ones deleted, the others updated. */
export async function writeShareChanges(db: Db, { planId, slsCode, changes }: { planId: number; slsCode: string; changes: readonly ShareChange[] }): Promise<void> {
  for (const { slotId, before, after } of changes) {
    const where = and(eq(assignments.planId, planId), eq(assignments.slsCode, slsCode), eq(assignments.slotId, slotId));
    if (after === null) await db.delete(assignments).where(where);
    else if (before === null) await db.insert(assignments).values({ planId, slsCode, slotId, families: after.families, version: after.version });
    else await db.update(assignments).set({ families: after.families, version: after.version, updatedAt: sql`now()` }).where(where);
  }
}

/**
 * Sets each slot's families to the sum of its shares and its families a day over its on-site days, as the planner
 * saved them: the slot lists, exports and planned curves read the load as it now is.
 */
export async function refreshSlotLoads(db: Db, { planId, slotIds }: { planId: number; slotIds: readonly number[] }): Promise<void> {
  if (slotIds.length === 0) return;
  const total = sql`(select coalesce(sum(a.families), 0) from ${assignments} a where a.plan_id = ${planId} and a.slot_id = ${planSlots.id})`;
  await db
    .update(planSlots)
    .set({ families: sql`${total}`, familiesPerDay: sql`${total}::real / greatest(${planSlots.onSiteDays}, 1)` })
    .where(and(eq(planSlots.planId, planId), inArray(planSlots.id, [...slotIds])));
}

import 'server-only';
import { eq } from 'drizzle-orm';
import { operationParamsSchema } from '@/lib/operations/params';
import { hasRows, type PlanStatus } from '@/lib/operations/plan-status';
import { recountCharters } from '@/lib/operations/recount-charters';
import { fillSlots, type FillResult } from '@/lib/staff/fill-slots';
import type { Db } from '../client';
import { assignSlots, dropLocalTravelLegs, dropLocalTripTravellers, listFreeCandidates, listSlotsToFill, sumPlanCharters } from '../queries/roster-fill';
import { auditLog, plans } from '../schema';

export type FillRosterResult =
  | { ok: true; filled: number; toRecruit: FillResult['toRecruit']; unusedStaff: number; charterSavingRupiah: number }
  | { ok: false; status: PlanStatus | 'missing' };

/**
 * Fills a saved plan's open slots from the roster (lib/staff/fill-slots.ts), drops the charter seats, stops, trips
 * and legs local recruits save and recomputes the budget from the charters left, with one audit entry, all in one transaction.
 * Concurrency: the plan row is locked (`for update`) before the open slots and free people are listed, so fills of
 * one plan run one after the other; the later ones find nothing left, change nothing and write no audit entry.
 */
export async function fillRoster(db: Db, { planId, userId }: { planId: number; userId: string | null }): Promise<FillRosterResult> {
  return db.transaction(async (t) => {
    const [plan] = await t.select().from(plans).where(eq(plans.id, planId)).for('update');
    if (!plan) return { ok: false, status: 'missing' };
    if (!hasRows(plan.status)) return { ok: false, status: plan.status };
    const [slots, candidates] = [await listSlotsToFill(t, planId, plan.operationId), await listFreeCandidates(t, planId, plan.operationId)];
    const result = fillSlots({ slots, candidates });
    const answer = { ok: true as const, filled: result.fills.length, toRecruit: result.toRecruit, unusedStaff: result.unusedStaffIds.length, charterSavingRupiah: 0 };
    if (result.fills.length === 0) return answer;
    await assignSlots(t, planId, result.fills);
    const params = operationParamsSchema.parse(plan.params);
    const [legs, trips] = [await dropLocalTravelLegs(t, planId, plan.operationId), await dropLocalTripTravellers(t, planId, params)];
    const dropped = { legs: legs.legs + trips.legs, costRupiah: legs.costRupiah + trips.costRupiah };
    if ((dropped.costRupiah > 0 || dropped.legs > 0) && plan.summary) {
      const left = await sumPlanCharters(t, planId);
      const summary = recountCharters({ summary: plan.summary, charterLegs: left.legs, charterTrips: left.trips, chartersRupiah: left.costRupiah, params });
      await t.update(plans).set({ summary }).where(eq(plans.id, planId));
    }
    await t.insert(auditLog).values({
      userId,
      action: 'roster.fill',
      entity: 'plan',
      entityId: String(planId),
      after: { fills: result.fills.length, charterLegsDropped: dropped.legs, charterSavingRupiah: dropped.costRupiah },
    });
    return { ...answer, charterSavingRupiah: dropped.costRupiah };
  });
}

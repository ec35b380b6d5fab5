import 'server-only';
import type { PlannedSlot } from '@/lib/coverage/planned-curve';
import type { Db } from '../client';
import { adoptPlan } from '../queries/plan-adoptions';
import { ensurePlannedDaily } from './roll-up-planned-days';

/**
 * Makes a saved plan the plan in force for its area (adoptPlan: one per area, audited) and writes its planned curve
 * roll-up in the same transaction, so coverage never sees an adoption without it.
 */
export async function adoptPlanInForce(db: Db, input: { operationId: number; areaCode: string; planId: number; userId: string; calendar: PlannedSlot['workingDays'] }): Promise<{ previousPlanId: number | null }> {
  const { calendar, ...adoption } = input;
  return db.transaction(async (t) => {
    const result = await adoptPlan(t, adoption);
    await ensurePlannedDaily(t, { planId: input.planId, calendar });
    return result;
  });
}

import { getPlanSlot, listPlanAssignments } from '../queries/plans';
import type { Db } from '../client';
import type { Plan } from '../schema';
import type { ViewerScope } from '@/lib/auth/scope';
import { operationParamsSchema } from '@/lib/operations/params';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';

/**
 * One slot of a plan with its SLS and, for a PPL, the day-by-day schedule: what the slot API and the plan page's
 * `?ppl=` both show. null when the viewer may not see the slot (another team's PPL answers as a missing one).
 */
export async function getSlotSchedule(db: Db, scope: ViewerScope, plan: Pick<Plan, 'id' | 'params'>, slotId: number) {
  const slot = await getPlanSlot(db, scope, plan.id, slotId);
  if (!slot) return null;
  const sls = await listPlanAssignments(db, scope, plan.id, slot.id);
  const workingDays = slot.role === 'ppl' ? countWorkingDays({ params: operationParamsSchema.parse(plan.params) }) : null;
  const schedule = workingDays ? schedulePpl({ sls, onSiteDays: slot.onSiteDays, workingDays }) : [];
  return { slot, sls, schedule };
}

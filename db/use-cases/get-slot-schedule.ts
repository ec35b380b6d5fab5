import { listTripsCarrying } from '../queries/charter-trips';
import { getPlanSlot, listPlanAssignments } from '../queries/plans';
import type { Db } from '../client';
import type { Plan } from '../schema';
import type { ViewerScope } from '@/lib/auth/scope';
import { operationParamsSchema } from '@/lib/operations/params';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { openDays } from '@/lib/charters/pooling/stay';
import { stayOf } from '@/lib/charters/pooling/stay-of';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';
import { scheduleStay } from '@/lib/scheduling/schedule-stay';

/**
 * One slot of a plan with its SLS and, for a PPL, the day-by-day schedule: what the slot API and the plan page's
 * `?ppl=` both show: for a PPL who comes by charter, as their trips take them in, between villages and out. null
 * when the viewer may not see the slot (another team's PPL answers as a missing one).
 */
export async function getSlotSchedule(db: Db, scope: ViewerScope, plan: Pick<Plan, 'id' | 'params'>, slotId: number) {
  const slot = await getPlanSlot(db, scope, plan.id, slotId);
  if (!slot) return null;
  const sls = await listPlanAssignments(db, scope, plan.id, slot.id);
  if (slot.role !== 'ppl') return { slot, sls, schedule: [] };
  const workingDays = countWorkingDays({ params: operationParamsSchema.parse(plan.params) });
  const trips = await listTripsCarrying(db, { planId: plan.id, districtCode: slot.districtCode, label: slot.label });
  const stay = stayOf({ label: slot.label, trips, open: openDays(workingDays) });
  const schedule = stay ? scheduleStay({ sls, onSiteDays: slot.onSiteDays, stay, workingDays }) : schedulePpl({ sls, onSiteDays: slot.onSiteDays, workingDays });
  return { slot, sls, schedule };
}

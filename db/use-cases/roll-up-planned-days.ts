import 'server-only';
import { plannedAreaDays } from '@/lib/coverage/planned-area-days';
import type { PlannedSlot } from '@/lib/coverage/planned-curve';
import type { Db } from '../client';
import { addPlannedDaily, insertPlannedDaily, listDistrictLoads, listRolledPlans } from '../queries/planned-daily';
import { refreshSlotLoads } from '../queries/sls-shares';

type Calendar = PlannedSlot['workingDays'];

/**
 * Writes a plan's planned_daily rows when it is adopted, once: a plan changes only while in force (moves and
 * dropouts need it), and every such change goes through updateSlotLoads, so rows written once stay true.
 */
export async function ensurePlannedDaily(tx: Db, { planId, calendar }: { planId: number; calendar: Calendar }): Promise<void> {
  if ((await listRolledPlans(tx, [planId])).size > 0) return;
  const loads = await listDistrictLoads(tx, { planId });
  await insertPlannedDaily(tx, planId, plannedAreaDays({ loads, workingDays: calendar }));
}

/**
 * Sets the slots' loads to the sum of their shares (after a move or a dropout) and adds what that changes to the
 * plan's planned_daily rows: the slots' schedules after minus before. The caller holds the slots' row locks, so
 * before and after are its own; the roll-up change is additive, so concurrent moves elsewhere add up.
 */
export async function updateSlotLoads(tx: Db, { planId, slotIds, calendar }: { planId: number; slotIds: readonly number[]; calendar: Calendar }): Promise<void> {
  const rolled = (await listRolledPlans(tx, [planId])).size > 0;
  const before = rolled ? await listDistrictLoads(tx, { planId, slotIds }) : [];
  await refreshSlotLoads(tx, { planId, slotIds });
  if (!rolled) return;
  const after = await listDistrictLoads(tx, { planId, slotIds });
  const loads = [...before.map((load) => ({ ...load, count: -load.count })), ...after];
  await addPlannedDaily(tx, planId, plannedAreaDays({ loads, workingDays: calendar }));
}

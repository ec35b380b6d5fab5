import 'server-only';
import { planToRows } from '@/lib/operations/plan-rows';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import type { Db } from '../client';
import { listAreaNames } from '../queries/areas';
import { createPlan, savePlanRows } from '../queries/plans';
import type { Plan } from '../schema';
import type { PlannedArea } from './plan-area';

/**
 * Saves a planned area as a named scenario in two steps: the plan record now ('saving', the area's next version),
 * and `writeRows` to run after the answer (slots, assignments, charter trips in batches, with progress). Until it ends
 * the plan shows no rows; if it cannot end, the plan is marked failed with its reason.
 */
export async function startPlanSave(db: Db, { planned, name, createdBy }: { planned: PlannedArea; name: string; createdBy: string | null }): Promise<{
  plan: Plan;
  summary: PlanSummary;
  writeRows: () => Promise<'saved' | 'stopped'>;
}> {
  const { plan, workloads, areaName, params, strategy, operation, areaCode, plain } = planned;
  const districtNames = await listAreaNames(db, plan.districts.map((d) => d.districtCode));
  const rows = planToRows({ plan, workloads, areaName, districtNames, plain });
  const totalRows = rows.slots.length + rows.slots.reduce((s, x) => s + x.sls.length, 0) + rows.charters.length + rows.trips.length;
  const saved = await createPlan(db, { operationId: operation.id, areaCode, name, params: { ...params, strategy }, summary: rows.summary, totalRows, createdBy });
  return { plan: saved, summary: rows.summary, writeRows: () => savePlanRows(db, saved.id, rows) };
}

import type { SlsWorkload } from '../workload/types';
import type { StaffingPlan, Territory } from './types';

/** The SLS (with their families) of one territory of a plan, in SLS order, from the workloads it was planned on. */
export function listTerritorySls({ plan, workloads, territory }: {
  plan: Pick<StaffingPlan, 'slsOrder'>;
  workloads: readonly SlsWorkload[];
  territory: Pick<Territory, 'slsStart' | 'slsEnd'>;
}): SlsWorkload[] {
  const list: SlsWorkload[] = [];
  for (let i = territory.slsStart; i < territory.slsEnd; i++) list.push(workloads[plan.slsOrder[i]!]!);
  return list;
}

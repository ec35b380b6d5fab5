import type { StaffingPlan } from './types';

/** Staff of a plan by role, and all of them. */
export interface StaffCounts {
  ppl: number;
  pml: number;
  koseka: number;
  staff: number;
}

/** PPL, PML, KOSEKA and their sum in a plan. */
export function countStaff(plan: Pick<StaffingPlan, 'territories' | 'teams' | 'koseka'>): StaffCounts {
  const [ppl, pml, koseka] = [plan.territories.length, plan.teams.length, plan.koseka.length];
  return { ppl, pml, koseka, staff: ppl + pml + koseka };
}

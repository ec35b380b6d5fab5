import type { Problem } from '../i18n/problem';
import { AreaMismatchError, InvalidWorkloadError, NoWorkingDaysError, PlanningError } from './errors';
import { planStaffing, type PlanStaffingInput } from './plan-staffing';
import type { StaffingPlan } from './types';

/** Why the planner refused: the rules leave no working day, a workload breaks an invariant, or lies outside the area. */
export type PlanningRefusal = { code: 'no_working_days' | 'invalid_workload' | 'area_mismatch'; problem: Problem };

const refusalCodes = [
  [NoWorkingDaysError, 'no_working_days'],
  [InvalidWorkloadError, 'invalid_workload'],
  [AreaMismatchError, 'area_mismatch'],
] as const;

/**
 * planStaffing with the planner's three domain errors (lib/planning/errors.ts) as a typed refusal: causes a user
 * can fix, never a server fault. Any other error is a bug and is thrown on.
 */
export function tryPlanStaffing(input: PlanStaffingInput): { ok: true; plan: StaffingPlan } | { ok: false; refusal: PlanningRefusal } {
  try {
    return { ok: true, plan: planStaffing(input) };
  } catch (error) {
    const known = refusalCodes.find(([type]) => error instanceof type);
    if (!known || !(error instanceof PlanningError)) throw error;
    return { ok: false, refusal: { code: known[1], problem: error.problem } };
  }
}

import type { OperationParams } from '../../operations/params';
import type { StaffingPlan } from '../types';

/** The same rules without the terrain: the operation's norm in every village, no estimate and no office classes. */
export function plainRules(params: OperationParams): OperationParams {
  return { ...params, terrainEstimate: false, terrainClasses: {} };
}

/** True when some village of the plan was planned off the operation's norm or on its own by its terrain. */
export function usedTerrain(plan: Pick<StaffingPlan, 'districts'>, params: Pick<OperationParams, 'minDailyFamilies'>): boolean {
  return plan.districts.some((d) => d.terrain.some((note) => note.ownTerritories || note.familiesPerDay !== params.minDailyFamilies));
}

import { isWithin } from '../areas/codes';

/** A plan in force over part of an area: its slots count except in the areas of deeper plans in force. */
export interface PlanInForce {
  planId: number;
  areaCode: string;
  /** adopted areas inside this plan's: their own plan is in force there */
  exceptAreas: string[];
}

/**
 * Which adopted plans count for `areaCode`: those whose area holds it or lies inside it, each SLS under the deepest
 * adopted area holding it (a kecamatan's own plan replaces its kabupaten's there). A plan whose whole part of the
 * area is covered by deeper plans still appears; its slots there are excepted.
 */
export function plansInForce({ areaCode, adopted }: { areaCode: string; adopted: readonly { planId: number; areaCode: string }[] }): PlanInForce[] {
  const relevant = adopted.filter((a) => isWithin(areaCode, a.areaCode) || isWithin(a.areaCode, areaCode));
  return relevant.map((plan) => ({
    planId: plan.planId,
    areaCode: plan.areaCode,
    exceptAreas: relevant.filter((other) => other.areaCode !== plan.areaCode && isWithin(other.areaCode, plan.areaCode)).map((other) => other.areaCode),
  }));
}

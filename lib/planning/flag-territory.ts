import type { OperationParams } from '../operations/params';
import type { TerritoryFlag } from './types';

/**
 * A daily target (families/day) rounded to one decimal; `toward` rounds down or up so a rate just under the minimum
 * never reads as the minimum itself (9.96 -> 9.9).
 */
export function roundFamiliesPerDay(familiesPerDay: number, toward: 'nearest' | 'down' | 'up' = 'nearest'): number {
  const round = toward === 'down' ? Math.floor : toward === 'up' ? Math.ceil : Math.round;
  return round(familiesPerDay * 10 + (toward === 'nearest' ? 0 : toward === 'down' ? 1e-9 : -1e-9)) / 10;
}

export interface FlagInput {
  familiesPerDay: number;
  /** a territory of one remote village */
  remote: boolean;
  /** a single SLS larger than the maximum load */
  oversizedSls: boolean;
  /** travel days were cut to leave a day on site */
  travelCut: boolean;
  params: Pick<OperationParams, 'minDailyFamilies' | 'maxDailyFamilies'>;
}

/** Why a territory's daily target (families/day) falls outside [minDailyFamilies, maxDailyFamilies], or null. */
export function flagTerritory({ familiesPerDay, remote, oversizedSls, travelCut, params }: FlagInput): TerritoryFlag | null {
  const below = familiesPerDay < params.minDailyFamilies;
  const above = familiesPerDay > params.maxDailyFamilies;
  const rate = roundFamiliesPerDay(familiesPerDay, below ? 'down' : above ? 'up' : 'nearest');
  const { minDailyFamilies, maxDailyFamilies } = params;
  if (travelCut) return { code: 'travel_cut', familiesPerDay: rate };
  if (oversizedSls) return { code: 'oversized_sls', familiesPerDay: rate, maxDailyFamilies };
  if (below) return remote ? { code: 'remote_small_village', familiesPerDay: rate } : { code: 'below_minimum', familiesPerDay: rate, minDailyFamilies };
  if (above) return { code: 'above_maximum', familiesPerDay: rate, maxDailyFamilies };
  return null;
}

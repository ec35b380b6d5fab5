import { isInIslandRegency } from './island-regencies';
import { desaNormShare, scaleNorm } from './norms';
import { regionOf } from './regions';
import type { DailyNorm, VillageTerrain } from './types';

/** A kelurahan (urban village) has a code whose village part starts with 1 (64.71.01.1001); a desa with 2. */
export function isKelurahan(villageCode: string): boolean {
  return villageCode.charCodeAt(9) === 49; // '1' after "64.71.01."
}

export interface EstimateTerrainInput {
  villageCode: string;
  /** the village's families in the workload */
  families: number;
  /** the operation's norm (families a day) */
  norm: DailyNorm;
  /** working days of the window: one PPL's month is the norm times these */
  workingDayCount: number;
}

/**
 * What the frame tells of a village the office gave no access data for: a kelurahan keeps the operation's norm; a
 * desa gets its island group's norm (norms.ts); a desa of an island regency too small to fill one PPL's month at
 * that norm is worked on its own, since its neighbours may lie across the water.
 */
export function estimateTerrain({ villageCode, families, norm, workingDayCount }: EstimateTerrainInput): VillageTerrain {
  const region = regionOf(villageCode);
  if (isKelurahan(villageCode)) return { norm, ownTerritories: false, basis: { code: 'kelurahan', region } };
  const desaNorm = scaleNorm(norm, desaNormShare[region]);
  const small = families < desaNorm.minDailyFamilies * workingDayCount;
  if (small && isInIslandRegency(villageCode)) return { norm: desaNorm, ownTerritories: true, basis: { code: 'small_island_desa', region } };
  return { norm: desaNorm, ownTerritories: false, basis: { code: 'desa', region } };
}

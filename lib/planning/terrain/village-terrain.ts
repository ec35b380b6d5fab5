import { estimateTerrain } from './estimate-terrain';
import { classNormShare, scaleNorm } from './norms';
import type { DailyNorm, TerrainClass, VillageTerrain } from './types';

/** The rules a village's terrain is read from: the operation's norm, the estimate switch and the office's classes. */
export interface TerrainRules extends DailyNorm {
  terrainEstimate: boolean;
  terrainClasses: Readonly<Record<string, TerrainClass>>;
}

export interface VillageTerrainInput {
  villageCode: string;
  districtCode: string;
  families: number;
  /** false when the office gave no access data for the village (blank access_mode, travel days and local staff) */
  accessKnown: boolean;
  rules: TerrainRules;
  workingDayCount: number;
}

const own = (record: Readonly<Record<string, TerrainClass>>, key: string) => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * How a village is planned, first rule that speaks: the class the office set for the village, else for its
 * kecamatan (remote: territories of its own); the operation's norm when the office gave access data or switched the
 * estimate off; else the frame's estimate (estimateTerrain). Explicit access data always beats the estimate.
 */
export function villageTerrain({ villageCode, districtCode, families, accessKnown, rules, workingDayCount }: VillageTerrainInput): VillageTerrain {
  const norm: DailyNorm = { minDailyFamilies: rules.minDailyFamilies, maxDailyFamilies: rules.maxDailyFamilies };
  const villageClass = own(rules.terrainClasses, villageCode);
  const terrainClass = villageClass ?? own(rules.terrainClasses, districtCode);
  if (terrainClass !== undefined) {
    const areaCode = villageClass !== undefined ? villageCode : districtCode;
    return { norm: scaleNorm(norm, classNormShare[terrainClass]), ownTerritories: terrainClass === 'remote', basis: { code: 'office_class', terrainClass, areaCode } };
  }
  if (accessKnown) return { norm, ownTerritories: false, basis: { code: 'access_given' } };
  if (!rules.terrainEstimate) return { norm, ownTerritories: false, basis: { code: 'estimate_off' } };
  return estimateTerrain({ villageCode, families, norm, workingDayCount });
}

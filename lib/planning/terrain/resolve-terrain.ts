import type { WorkloadIndex } from '../index-workloads';
import type { VillageTerrain } from './types';
import { villageTerrain, type TerrainRules } from './village-terrain';

/** Every village's terrain by village number, and its families (the index's SLS summed once). */
export interface ResolvedTerrain {
  terrain: VillageTerrain[];
  villageFamilies: Float64Array;
}

/**
 * Every village of the index with its terrain (villageTerrain). Villages that come out alike share one object, so a
 * national plan (~84,000 villages) allocates a few dozen and summarizeTerrain groups them by identity.
 */
export function resolveTerrain({ index, rules, workingDayCount }: { index: WorkloadIndex; rules: TerrainRules; workingDayCount: number }): ResolvedTerrain {
  const terrain: VillageTerrain[] = new Array<VillageTerrain>(index.villageCodes.length);
  const villageFamilies = new Float64Array(index.villageCodes.length);
  const shared = new Map<string, VillageTerrain>();
  for (let district = 0; district < index.districtCodes.length; district++) {
    const districtCode = index.districtCodes[district]!;
    for (let village = index.districtStart[district]!; village < index.districtStart[district + 1]!; village++) {
      let families = 0;
      for (let position = index.villageStart[village]!; position < index.villageStart[village + 1]!; position++) families += index.families[position]!;
      villageFamilies[village] = families;
      const villageCode = index.villageCodes[village]!;
      const resolved = villageTerrain({ villageCode, districtCode, families, accessKnown: index.villageAccessKnown[village] === 1, rules, workingDayCount });
      terrain[village] = share(shared, resolved);
    }
  }
  return { terrain, villageFamilies };
}

/** The one object standing for every village planned alike (same basis, norm and own territories). */
function share(shared: Map<string, VillageTerrain>, terrain: VillageTerrain): VillageTerrain {
  const { basis, norm } = terrain;
  const detail = basis.code === 'office_class' ? `${basis.terrainClass}|${basis.areaCode}` : 'region' in basis ? basis.region : '';
  const key = `${basis.code}|${detail}|${norm.minDailyFamilies}|${norm.maxDailyFamilies}|${terrain.ownTerritories}`;
  const known = shared.get(key);
  if (known) return known;
  shared.set(key, terrain);
  return terrain;
}

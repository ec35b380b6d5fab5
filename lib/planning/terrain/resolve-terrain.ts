import type { WorkloadIndex } from '../index-workloads';
import type { VillageTerrain } from './types';
import { villageTerrain, type TerrainRules } from './village-terrain';

/** Every village of the index with its terrain (villageTerrain), by village number. */
export function resolveTerrain({ index, rules, workingDayCount }: { index: WorkloadIndex; rules: TerrainRules; workingDayCount: number }): VillageTerrain[] {
  const terrain: VillageTerrain[] = new Array<VillageTerrain>(index.villageCodes.length);
  for (let district = 0; district < index.districtCodes.length; district++) {
    const districtCode = index.districtCodes[district]!;
    for (let village = index.districtStart[district]!; village < index.districtStart[district + 1]!; village++) {
      let families = 0;
      for (let position = index.villageStart[village]!; position < index.villageStart[village + 1]!; position++) families += index.families[position]!;
      const accessKnown = index.villageAccessKnown[village] === 1;
      terrain[village] = villageTerrain({ villageCode: index.villageCodes[village]!, districtCode, families, accessKnown, rules, workingDayCount });
    }
  }
  return terrain;
}

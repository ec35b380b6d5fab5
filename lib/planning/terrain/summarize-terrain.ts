import type { WorkloadIndex } from '../index-workloads';
import type { TerrainBasis, TerrainNote, VillageTerrain } from './types';

function basisKey(basis: TerrainBasis): string {
  switch (basis.code) {
    case 'office_class':
      return `${basis.code}|${basis.terrainClass}|${basis.areaCode}`;
    case 'kelurahan':
    case 'desa':
    case 'small_island_desa':
      return `${basis.code}|${basis.region}`;
    default:
      return basis.code;
  }
}

/**
 * Which norms each kecamatan was planned with and why: one note per distinct basis and norm, with its villages and
 * families, largest first. Indexed like index.districtCodes.
 */
export function summarizeTerrain({ index, terrain }: { index: WorkloadIndex; terrain: readonly VillageTerrain[] }): TerrainNote[][] {
  const notes: TerrainNote[][] = [];
  for (let district = 0; district < index.districtCodes.length; district++) {
    const byKey = new Map<string, TerrainNote>();
    for (let village = index.districtStart[district]!; village < index.districtStart[district + 1]!; village++) {
      const { basis, norm, ownTerritories } = terrain[village]!;
      let families = 0;
      for (let position = index.villageStart[village]!; position < index.villageStart[village + 1]!; position++) families += index.families[position]!;
      const key = `${basisKey(basis)}|${norm.minDailyFamilies}`;
      const note = byKey.get(key);
      if (note) {
        note.villages++;
        note.families += families;
      } else byKey.set(key, { basis, familiesPerDay: norm.minDailyFamilies, ownTerritories, villages: 1, families });
    }
    notes.push([...byKey.values()].sort((a, b) => b.families - a.families));
  }
  return notes;
}

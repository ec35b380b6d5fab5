import type { WorkloadIndex } from '../index-workloads';
import type { TerrainNote, VillageTerrain } from './types';

/**
 * Which norms each kecamatan was planned with and why: one note per distinct terrain (resolveTerrain shares one
 * object among villages planned alike), with its villages and families, largest first. Indexed like
 * index.districtCodes.
 */
export function summarizeTerrain({ index, terrain, villageFamilies }: { index: WorkloadIndex; terrain: readonly VillageTerrain[]; villageFamilies: Float64Array }): TerrainNote[][] {
  const notes: TerrainNote[][] = [];
  for (let district = 0; district < index.districtCodes.length; district++) {
    const byTerrain = new Map<VillageTerrain, TerrainNote>();
    for (let village = index.districtStart[district]!; village < index.districtStart[district + 1]!; village++) {
      const villageTerrain = terrain[village]!;
      const note = byTerrain.get(villageTerrain);
      if (note) {
        note.villages++;
        note.families += villageFamilies[village]!;
      } else {
        const { basis, norm, ownTerritories } = villageTerrain;
        byTerrain.set(villageTerrain, { basis, familiesPerDay: norm.minDailyFamilies, ownTerritories, villages: 1, families: villageFamilies[village]! });
      }
    }
    notes.push(byTerrain.size === 1 ? [...byTerrain.values()] : [...byTerrain.values()].sort((a, b) => b.families - a.families));
  }
  return notes;
}

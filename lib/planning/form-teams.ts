import { apportion } from '../workload/generate';
import type { Team } from './types';

export interface DistrictTerritories {
  districtCode: string;
  /** the kecamatan's territories are firstTerritory .. firstTerritory + territoryCount - 1, in SLS order */
  firstTerritory: number;
  territoryCount: number;
}

/**
 * PML teams: each kecamatan's PPL, in SLS order, in ceil(ppl / pplPerPml) teams of nearly equal size
 * (9 PPL with 4 per PML: 3 + 3 + 3), never across kecamatan. Labels like "PML 64.71.01-02".
 */
export function formTeams({ districts, pplPerPml }: { districts: readonly DistrictTerritories[]; pplPerPml: number }): Team[] {
  const teams: Team[] = [];
  for (const { districtCode, firstTerritory, territoryCount } of districts) {
    const teamCount = Math.ceil(territoryCount / pplPerPml);
    const sizes = apportion(territoryCount, Array.from({ length: teamCount }, () => 1));
    const width = Math.max(2, String(teamCount).length);
    let next = firstTerritory;
    sizes.forEach((size, k) => {
      const territoryIndexes = Array.from({ length: size }, (_, i) => next + i);
      next += size;
      teams.push({ index: teams.length, label: `PML ${districtCode}-${String(k + 1).padStart(width, '0')}`, districtCode, territoryIndexes });
    });
  }
  return teams;
}

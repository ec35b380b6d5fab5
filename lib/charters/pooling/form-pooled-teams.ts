import type { DistrictTally } from '../../planning/split-territories';
import type { Team, Territory } from '../../planning/types';

/** A team of boat or plane villages the optimizer formed: its PPL (territory indexes) and whether its PML stays. */
export interface RemoteTeam {
  districtCode: string;
  territoryIndexes: number[];
  resident: boolean;
}

/**
 * PML teams when charters are pooled: in each kecamatan the PPL of road (and foot) villages in SLS order in
 * ceil(n / pplPerPml) teams of nearly equal size, as formTeams does, then the optimizer's teams of boat and plane
 * villages. Labels "PML 65.03.19-07" number each kecamatan's teams in that order; every territory gets its teamIndex.
 * Returns the teams and which of them have a PML staying with them.
 */
export function formPooledTeams({ territories, tallies, remoteTeams, pplPerPml }: {
  territories: Territory[];
  tallies: readonly DistrictTally[];
  /** in kecamatan order */
  remoteTeams: readonly RemoteTeam[];
  pplPerPml: number;
}): { teams: Team[]; resident: Set<number> } {
  const inRemoteTeam = new Uint8Array(territories.length);
  for (const team of remoteTeams) for (const index of team.territoryIndexes) inRemoteTeam[index] = 1;
  const teams: Team[] = [];
  const resident = new Set<number>();
  let next = 0;
  for (const tally of tallies) {
    const road: number[] = [];
    for (let i = tally.firstTerritory; i < tally.firstTerritory + tally.territoryCount; i++) if (!inRemoteTeam[i]) road.push(i);
    // nearly equal sizes, the larger first (what apportion gives equal weights)
    const count = Math.ceil(road.length / pplPerPml);
    const members: { territoryIndexes: number[]; resident: boolean }[] = [];
    for (let k = 0, from = 0; k < count; k++) {
      const size = Math.floor(road.length / count) + (k < road.length % count ? 1 : 0);
      members.push({ territoryIndexes: road.slice(from, from + size), resident: false });
      from += size;
    }
    while (next < remoteTeams.length && remoteTeams[next]!.districtCode === tally.districtCode) members.push(remoteTeams[next++]!);
    const width = Math.max(2, String(members.length).length);
    members.forEach(({ territoryIndexes, resident: stays }, k) => {
      const index = teams.length;
      if (stays) resident.add(index);
      for (const t of territoryIndexes) territories[t]!.teamIndex = index;
      teams.push({ index, label: `PML ${tally.districtCode}-${String(k + 1).padStart(width, '0')}`, districtCode: tally.districtCode, territoryIndexes });
    });
  }
  return { teams, resident };
}

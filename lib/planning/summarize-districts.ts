import type { DistrictTally } from './split-territories';
import type { TerrainNote } from './terrain/types';
import { spreadFamiliesPerDay } from './spread-families-per-day';
import type { DistrictPlanRow, KosekaPost, Team, Territory } from './types';

function countBy(items: readonly { districtCode: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { districtCode } of items) counts.set(districtCode, (counts.get(districtCode) ?? 0) + 1);
  return counts;
}

/** One row per kecamatan: families, SLS, staff counts, ideal and floor PPL, spread of daily targets, flags, norms. */
export function summarizeDistricts({ tallies, territories, teams, koseka, terrain }: {
  tallies: readonly DistrictTally[];
  territories: readonly Territory[];
  teams: readonly Team[];
  koseka: readonly KosekaPost[];
  /** the norms of each kecamatan, indexed like `tallies` */
  terrain: readonly TerrainNote[][];
}): DistrictPlanRow[] {
  const pml = countBy(teams);
  const kosekaCount = countBy(koseka);
  return tallies.map((tally, district) => {
    const to = tally.firstTerritory + tally.territoryCount;
    const spread = spreadFamiliesPerDay({ territories, from: tally.firstTerritory, to });
    let flagged = 0;
    for (let i = tally.firstTerritory; i < to; i++) if (territories[i]!.flag !== null) flagged++;
    return {
      districtCode: tally.districtCode,
      families: tally.families,
      sls: tally.sls,
      ppl: tally.territoryCount,
      pml: pml.get(tally.districtCode) ?? 0,
      koseka: kosekaCount.get(tally.districtCode) ?? 0,
      idealPpl: tally.idealPpl,
      floorPpl: tally.floorPpl,
      minFamiliesPerDay: spread.min,
      maxFamiliesPerDay: spread.max,
      meanFamiliesPerDay: spread.mean,
      flaggedTerritories: flagged,
      terrain: terrain[district] ?? [],
    };
  });
}

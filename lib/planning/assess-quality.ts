import type { DistrictTally } from './split-territories';
import { spreadFamiliesPerDay } from './spread-families-per-day';
import type { PlanQuality, Territory } from './types';

/**
 * Plan quality (DESIGN.md 4.7): PPL against the ideal (families / (minDailyFamilies x on-site days), summed per
 * kecamatan) and the floor (ceil(families / (maxDailyFamilies x working days)) per kecamatan), both at each
 * village's daily norm (its terrain), the deviation in percent over road territories only, and the spread of daily
 * targets (families/day).
 */
export function assessQuality({ territories, tallies }: { territories: readonly Territory[]; tallies: readonly DistrictTally[] }): PlanQuality {
  let idealPpl = 0;
  let roadIdealPpl = 0;
  let floorPpl = 0;
  for (const tally of tallies) {
    idealPpl += tally.idealPpl;
    roadIdealPpl += tally.roadIdealPpl;
    floorPpl += tally.floorPpl;
  }
  let roadPpl = 0;
  let flaggedTerritories = 0;
  for (const territory of territories) {
    if (!territory.remote) roadPpl++;
    if (territory.flag !== null) flaggedTerritories++;
  }
  return {
    pplCount: territories.length,
    idealPpl,
    idealPplRounded: Math.round(idealPpl),
    floorPpl,
    roadPpl,
    roadIdealPpl,
    deviationPct: roadIdealPpl === 0 ? 0 : ((roadPpl - roadIdealPpl) / roadIdealPpl) * 100,
    familiesPerDay: spreadFamiliesPerDay({ territories }),
    unflaggedFamiliesPerDay: spreadFamiliesPerDay({ territories, include: (t) => t.flag === null }),
    flaggedTerritories,
  };
}

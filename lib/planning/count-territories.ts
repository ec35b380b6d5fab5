import type { PlanStrategy } from './types';

/**
 * How many territories share `families` when each must carry between `minLoad` and `maxLoad` families
 * (minDailyFamilies and maxDailyFamilies times on-site days): as many as keep every load at or above `minLoad`
 * ('standard', daily target nearest the minimum), or as few as keep every load at or below `maxLoad` ('lean').
 * The maximum wins when no count satisfies both; at least one territory for any family.
 */
export function countTerritories({ families, minLoad, maxLoad, strategy }: { families: number; minLoad: number; maxLoad: number; strategy: PlanStrategy }): number {
  if (families <= 0) return 0;
  const fewest = Math.ceil(families / maxLoad);
  const wanted = strategy === 'lean' ? fewest : Math.floor(families / minLoad);
  return Math.max(1, fewest, wanted);
}

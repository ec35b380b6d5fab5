import { countTerritories } from './count-territories';
import { splitPool, type PoolSplit } from './split-pool';
import type { PlanStrategy } from './types';

/** Counts of territories tried after the first: SLS sizes can leave the last territory short (or long) of the bounds. */
const retries = 2;

function outOfBounds(split: PoolSplit, minLoad: number, maxLoad: number): number {
  return split.loads.filter((load) => load < minLoad || load > maxLoad).length;
}

/**
 * Splits a pool of SLS (families per SLS, in SLS order, none above `maxLoad`) into territories with loads in
 * [minLoad, maxLoad] families: the count the strategy asks for, then one or two fewer (or more) when whole SLS
 * cannot fill the last territory inside the bounds. Keeps the split with the fewest loads outside them.
 */
export function sizePool({ families, minLoad, maxLoad, strategy }: { families: Int32Array; minLoad: number; maxLoad: number; strategy: PlanStrategy }): PoolSplit {
  let total = 0;
  for (let i = 0; i < families.length; i++) total += families[i]!;
  let binCount = countTerritories({ families: total, minLoad, maxLoad, strategy });
  let best = splitPool({ families, binCount, minLoad, maxLoad });
  let bestBad = outOfBounds(best, minLoad, maxLoad);
  for (let attempt = 0; attempt < retries && bestBad > 0; attempt++) {
    const last = best.loads[best.loads.length - 1] ?? 0;
    binCount += last < minLoad ? -1 : 1;
    if (binCount < 1) break;
    const split = splitPool({ families, binCount, minLoad, maxLoad });
    const bad = outOfBounds(split, minLoad, maxLoad);
    if (bad < bestBad) [best, bestBad] = [split, bad];
  }
  return best;
}

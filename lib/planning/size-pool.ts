import { countTerritories } from './count-territories';
import { rebalanceTail } from './rebalance-tail';
import { splitPool, type PoolSplit } from './split-pool';
import type { PlanStrategy } from './types';

/** Counts of territories tried after the first: SLS sizes can leave the last territory short (or long) of the bounds. */
const retries = 2;

function outOfBounds(split: PoolSplit, minLoad: number, maxLoad: number): number {
  let count = 0;
  for (const load of split.loads) if (load < minLoad || load > maxLoad) count++;
  return count;
}

/**
 * Splits a pool of SLS (families and village number per SLS, in SLS order, none above `maxLoad`) into territories
 * with loads in [minLoad, maxLoad] families: the count the strategy asks for, its tail repaired by rebalanceTail,
 * then one or two fewer (or more) when whole SLS still leave the last territory outside the bounds, never fewer
 * than the maximum allows. Keeps the split with the fewest loads outside the bounds.
 */
export function sizePool({ families, villages, minLoad, maxLoad, strategy }: { families: Int32Array; villages: Int32Array; minLoad: number; maxLoad: number; strategy: PlanStrategy }): PoolSplit {
  let total = 0;
  for (let i = 0; i < families.length; i++) total += families[i]!;
  let binCount = countTerritories({ families: total, minLoad, maxLoad, strategy });
  let short = false;
  const split = (count: number) => {
    const result = splitPool({ families, villages, binCount: count, minLoad, maxLoad });
    short = (result.loads[result.loads.length - 1] ?? 0) < minLoad;
    if (outOfBounds(result, minLoad, maxLoad) > 0) rebalanceTail({ families, binOf: result.binOf, loads: result.loads, minLoad, maxLoad });
    return result;
  };
  let best = split(binCount);
  let bestBad = outOfBounds(best, minLoad, maxLoad);
  // The first split's last territory says which way to go: short of the minimum, fewer; over the maximum, more.
  const step = short ? -1 : 1;
  // maxDailyFamilies is never given up to meet the minimum: no fewer than ceil(total / maxLoad) territories.
  const fewest = Math.max(1, Math.ceil(total / maxLoad));
  for (let attempt = 0; attempt < retries && bestBad > 0; attempt++) {
    binCount += step;
    if (binCount < fewest) break;
    const next = split(binCount);
    const bad = outOfBounds(next, minLoad, maxLoad);
    if (bad < bestBad) [best, bestBad] = [next, bad];
  }
  return best;
}

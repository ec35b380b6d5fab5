import type { FamiliesPerDaySpread, Territory } from './types';

/** Lowest, highest and mean daily target (families/day) of territories[from, to) that pass `include`; zeros when none. */
export function spreadFamiliesPerDay({ territories, from = 0, to = territories.length, include = () => true }: {
  territories: readonly Pick<Territory, 'familiesPerDay' | 'flag'>[];
  from?: number;
  to?: number;
  include?: (territory: Pick<Territory, 'familiesPerDay' | 'flag'>) => boolean;
}): FamiliesPerDaySpread {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const territory = territories[i]!;
    if (!include(territory)) continue;
    min = Math.min(min, territory.familiesPerDay);
    max = Math.max(max, territory.familiesPerDay);
    sum += territory.familiesPerDay;
    count++;
  }
  return count === 0 ? { min: 0, max: 0, mean: 0 } : { min, max, mean: sum / count };
}

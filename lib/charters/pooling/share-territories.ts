import type { OperationParams } from '../../operations/params';
import { flagTerritory } from '../../planning/flag-territory';
import type { DistrictTally } from '../../planning/split-territories';
import type { Territory } from '../../planning/types';

/** A PPL shared by small villages: the territory kept (the first village's), the others folded into it, the days at each. */
export interface SharedTerritory {
  keeper: number;
  /** the territories of the route's villages, in route order (the keeper first) */
  route: number[];
  villageDays: number[];
}

export interface SharedPlan {
  territories: Territory[];
  slsOrder: Int32Array;
  tallies: DistrictTally[];
  /** new index of each old territory (-1 for one folded into a shared PPL's) */
  newIndex: Int32Array;
}

/**
 * Folds the territories of villages sharing one PPL into one (villages and SLS in route order, on-site days the
 * work days of the route, daily target and flag again), renumbers the PPL of those kecamatan in SLS order and
 * regroups the SLS order and the kecamatan tallies. Untouched when nothing is shared.
 */
export function shareTerritories({ territories, slsOrder, tallies, shared, params }: {
  /** updated in place where they stay (index, SLS range, label) */
  territories: Territory[];
  slsOrder: Int32Array;
  tallies: readonly DistrictTally[];
  shared: readonly SharedTerritory[];
  params: Pick<OperationParams, 'minDailyFamilies' | 'maxDailyFamilies'>;
}): SharedPlan {
  const newIndex = new Int32Array(territories.length);
  if (shared.length === 0) {
    for (let i = 0; i < newIndex.length; i++) newIndex[i] = i;
    return { territories, slsOrder, tallies: [...tallies], newIndex };
  }
  const folded = new Map<number, SharedTerritory>();
  const gone = new Set<number>();
  for (const share of shared) {
    folded.set(share.keeper, share);
    for (const index of share.route) if (index !== share.keeper) gone.add(index);
  }
  const order = new Int32Array(slsOrder.length);
  let filled = 0;
  const copy = (t: Territory) => {
    for (let i = t.slsStart; i < t.slsEnd; i++) order[filled++] = slsOrder[i]!;
  };
  const kept: Territory[] = [];
  const renumbered = new Set<string>();
  territories.forEach((territory, old) => {
    if (gone.has(old)) {
      newIndex[old] = -1;
      return;
    }
    newIndex[old] = kept.length;
    const start = filled;
    const share = folded.get(old);
    if (!share) {
      // The plan's own objects, fresh from splitTerritories: renumbered in place (hundreds of thousands nationally).
      copy(territory);
      Object.assign(territory, { index: kept.length, slsStart: start, slsEnd: filled });
      kept.push(territory);
      return;
    }
    renumbered.add(territory.districtCode);
    const route = share.route.map((k) => territories[k]!);
    route.forEach(copy);
    const families = route.reduce((sum, t) => sum + t.families, 0);
    const onSiteDays = share.villageDays.reduce((sum, d) => sum + d, 0);
    const familiesPerDay = families / onSiteDays;
    kept.push({
      ...territory,
      index: kept.length,
      villageCodes: route.flatMap((t) => t.villageCodes),
      families,
      slsCount: route.reduce((sum, t) => sum + t.slsCount, 0),
      onSiteDays,
      familiesPerDay,
      flag: flagTerritory({ familiesPerDay, remote: true, oversizedSls: false, travelCut: false, params }),
      slsStart: start,
      slsEnd: filled,
    });
  });
  return { territories: kept, slsOrder: order.subarray(0, filled), tallies: retally(tallies, kept, renumbered), newIndex };
}

/** Tallies pointing at the new territories, and fresh labels in the kecamatan that shared a PPL. */
function retally(tallies: readonly DistrictTally[], territories: Territory[], renumbered: ReadonlySet<string>): DistrictTally[] {
  let next = 0;
  return tallies.map((tally) => {
    const first = next;
    while (next < territories.length && territories[next]!.districtCode === tally.districtCode) next++;
    const count = next - first;
    if (renumbered.has(tally.districtCode)) {
      const width = Math.max(3, String(count).length);
      for (let k = 0; k < count; k++) territories[first + k]!.label = `PPL ${tally.districtCode}-${String(k + 1).padStart(width, '0')}`;
    }
    return { ...tally, firstTerritory: first, territoryCount: count };
  });
}

import type { OperationParams } from '../operations/params';
import type { AccessMode, SlsWorkload } from '../workload/types';
import { flagTerritory } from './flag-territory';
import type { OnSite } from './on-site-days';
import { sizePool } from './size-pool';
import type { PlanStrategy, Territory, WorkingDays } from './types';

/** Where territories are collected while a plan is cut: the territories, their first SLS position, the SLS lists. */
export interface TerritorySink {
  territories: Territory[];
  /** position (in the SLS order) of each territory's first SLS, to number territories in SLS order */
  firstPosition: number[];
  /** workload indexes grouped by territory */
  slsOrder: Int32Array;
  filled: number;
}

/** SLS sharing one kecamatan and one set of on-site days: the road pool of a kecamatan, or one remote village. */
export interface SlsGroup {
  districtCode: string;
  /** positions in `order` of the group's SLS, ascending */
  positions: Int32Array;
  remote: boolean;
  accessMode: AccessMode;
  localStaff: boolean;
  onSite: OnSite;
}

export interface CutGroupInput {
  group: SlsGroup;
  workloads: readonly SlsWorkload[];
  order: Int32Array;
  workingDays: WorkingDays;
  params: OperationParams;
  strategy: PlanStrategy;
  sink: TerritorySink;
}

/**
 * Cuts one group into territories: an SLS above maxDailyFamilies x on-site days alone (flagged), the rest split
 * by sizePool. Territories go to the sink; returns how many SLS stayed unassigned (a group without families).
 */
export function cutGroup(input: CutGroupInput): number {
  const { group, workloads, order, params } = input;
  const maxLoad = params.maxDailyFamilies * group.onSite.onSiteDays;
  const poolPositions: number[] = [];
  for (const position of group.positions) {
    if (workloads[order[position]!]!.families > maxLoad) addTerritory(input, [position], true);
    else poolPositions.push(position);
  }
  const families = new Int32Array(poolPositions.length);
  poolPositions.forEach((position, i) => (families[i] = workloads[order[position]!]!.families));
  const minLoad = params.minDailyFamilies * group.onSite.onSiteDays;
  const split = sizePool({ families, minLoad, maxLoad, strategy: input.strategy });
  const bins: number[][] = split.loads.map(() => []);
  let unassigned = 0;
  poolPositions.forEach((position, i) => {
    const bin = split.binOf[i]!;
    if (bin < 0) unassigned++;
    else bins[bin]!.push(position);
  });
  for (const positions of bins) addTerritory(input, positions, false);
  return unassigned;
}

function addTerritory({ group, workloads, order, workingDays, params, sink }: CutGroupInput, positions: number[], oversizedSls: boolean) {
  const start = sink.filled;
  const villageCodes: string[] = [];
  let families = 0;
  for (const position of positions) {
    const sls = workloads[order[position]!]!;
    sink.slsOrder[sink.filled++] = order[position]!;
    families += sls.families;
    if (villageCodes[villageCodes.length - 1] !== sls.villageCode) villageCodes.push(sls.villageCode);
  }
  const { travelDaysOneWay, onSiteDays, travelCut } = group.onSite;
  const familiesPerDay = families / onSiteDays;
  const dates = workingDays.dates;
  sink.firstPosition.push(positions[0]!);
  sink.territories.push({
    index: -1,
    label: '',
    districtCode: group.districtCode,
    villageCodes,
    accessMode: group.accessMode,
    remote: group.remote,
    localStaff: group.localStaff,
    travelDaysOneWay,
    families,
    slsCount: positions.length,
    onSiteDays,
    familiesPerDay,
    startDate: dates[0]!,
    endDate: dates[dates.length - 1]!,
    onSiteStartDate: dates[travelDaysOneWay]!,
    onSiteEndDate: dates[dates.length - 1 - travelDaysOneWay]!,
    teamIndex: -1,
    flag: flagTerritory({ familiesPerDay, remote: group.remote, oversizedSls, travelCut, params }),
    slsStart: start,
    slsEnd: sink.filled,
  });
}

import type { OperationParams } from '../operations/params';
import type { AccessMode } from '../workload/types';
import { flagTerritory } from './flag-territory';
import type { WorkloadIndex } from './index-workloads';
import type { OnSite } from './on-site-days';
import { sizePool } from './size-pool';
import type { DailyNorm } from './terrain/types';
import type { PlanStrategy, Territory, WorkingDays } from './types';

/** Where territories are collected while a plan is cut. */
export interface TerritorySink {
  territories: Territory[];
  /** position (in SLS order) of each territory's first SLS, to number territories in SLS order */
  firstPosition: number[];
  /** workload indexes grouped by territory */
  slsOrder: Int32Array;
  filled: number;
}

/** SLS sharing one kecamatan and one set of on-site days: the road pool of a kecamatan, or one remote village. */
export interface SlsGroup {
  districtCode: string;
  /** positions of the group's SLS, ascending */
  positions: Int32Array;
  remote: boolean;
  accessMode: AccessMode;
  localStaff: boolean;
  onSite: OnSite;
  /** the daily norm its territories are cut to: the operation's, or its villages' terrain's */
  norm: DailyNorm;
}

export interface CutGroupInput {
  group: SlsGroup;
  index: WorkloadIndex;
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
  const { group, index } = input;
  const { onSiteDays } = group.onSite;
  const maxLoad = group.norm.maxDailyFamilies * onSiteDays;
  const positions = new Int32Array(group.positions.length);
  let size = 0;
  for (const position of group.positions) {
    if (index.families[position]! > maxLoad) addTerritory(input, Int32Array.of(position), 0, 1, true);
    else positions[size++] = position;
  }
  const families = new Int32Array(size);
  const villages = new Int32Array(size);
  for (let k = 0; k < size; k++) {
    families[k] = index.families[positions[k]!]!;
    villages[k] = index.villageOf[positions[k]!]!;
  }
  const split = sizePool({ families, villages, minLoad: group.norm.minDailyFamilies * onSiteDays, maxLoad, strategy: input.strategy });
  // Positions grouped by territory, each in SLS order (a counting sort on the territory number).
  const starts = new Int32Array(split.loads.length + 1);
  for (let k = 0; k < size; k++) if (split.binOf[k]! >= 0) starts[split.binOf[k]! + 1]!++;
  for (let bin = 0; bin < split.loads.length; bin++) starts[bin + 1]! += starts[bin]!;
  const grouped = new Int32Array(starts[split.loads.length]!);
  const cursor = starts.slice(0, split.loads.length);
  for (let k = 0; k < size; k++) if (split.binOf[k]! >= 0) grouped[cursor[split.binOf[k]!]!++] = positions[k]!;
  for (let bin = 0; bin < split.loads.length; bin++) addTerritory(input, grouped, starts[bin]!, starts[bin + 1]!, false);
  return size - grouped.length;
}

function addTerritory({ group, index, workingDays, sink }: CutGroupInput, positions: Int32Array, from: number, to: number, oversizedSls: boolean) {
  const start = sink.filled;
  const villageCodes: string[] = [];
  let families = 0;
  let lastVillage = -1;
  for (let k = from; k < to; k++) {
    const position = positions[k]!;
    sink.slsOrder[sink.filled++] = index.order[position]!;
    families += index.families[position]!;
    const village = index.villageOf[position]!;
    if (village !== lastVillage) villageCodes.push(index.villageCodes[village]!);
    lastVillage = village;
  }
  const { travelDaysOneWay, onSiteDays, travelCut } = group.onSite;
  const familiesPerDay = families / onSiteDays;
  const dates = workingDays.dates;
  sink.firstPosition.push(positions[from]!);
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
    slsCount: to - from,
    onSiteDays,
    familiesPerDay,
    startDate: dates[0]!,
    endDate: dates[dates.length - 1]!,
    onSiteStartDate: dates[travelDaysOneWay]!,
    onSiteEndDate: dates[dates.length - 1 - travelDaysOneWay]!,
    teamIndex: -1,
    flag: flagTerritory({ familiesPerDay, remote: group.remote, oversizedSls, travelCut, params: group.norm }),
    dailyNorm: group.norm,
    slsStart: start,
    slsEnd: sink.filled,
  });
}

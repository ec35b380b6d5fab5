import type { OperationParams } from '../operations/params';
import { worksApart } from '../workload/remote';
import { cutGroup, type TerritorySink } from './cut-group';
import type { WorkloadIndex } from './index-workloads';
import { onSiteDays } from './on-site-days';
import type { PlanStrategy, Territory, WorkingDays } from './types';

/** Per-kecamatan figures gathered while cutting territories. */
export interface DistrictTally {
  districtCode: string;
  families: number;
  sls: number;
  /** families / (minDailyFamilies x on-site days), over the road pool and each remote village */
  idealPpl: number;
  /** the same for the road pool alone */
  roadIdealPpl: number;
  /** ceil(families / (maxDailyFamilies x working days)) */
  floorPpl: number;
  /** its territories are territories[firstTerritory .. firstTerritory + territoryCount - 1] */
  firstTerritory: number;
  territoryCount: number;
}

export interface TerritorySplit {
  territories: Territory[];
  slsOrder: Int32Array;
  districts: DistrictTally[];
  /** SLS of groups without families, left without a PPL */
  unassignedSls: number;
}

export interface SplitTerritoriesInput {
  index: WorkloadIndex;
  workingDays: WorkingDays;
  params: OperationParams;
  strategy: PlanStrategy;
}

/**
 * Cuts every kecamatan into PPL territories of whole SLS, never across kecamatan: one road pool per kecamatan
 * with all working days on site, and each remote village (boat or plane, or travel days without local staff) apart
 * with its own on-site days. Territories are numbered in SLS order inside each kecamatan ("PPL 64.71.01-007").
 */
export function splitTerritories(input: SplitTerritoriesInput): TerritorySplit {
  const { index } = input;
  const sink: TerritorySink = { territories: [], firstPosition: [], slsOrder: new Int32Array(index.order.length), filled: 0 };
  const districts: DistrictTally[] = [];
  let unassignedSls = 0;
  for (let district = 0; district < index.districtCodes.length; district++) {
    const tally = splitDistrict(input, sink, district);
    unassignedSls += tally.unassigned;
    districts.push(tally.district);
  }
  return { territories: sink.territories, slsOrder: sink.slsOrder.subarray(0, sink.filled), districts, unassignedSls };
}

/** True when a village's PPL work apart from the kecamatan's road pool (lib/workload/remote.ts). */
function isApart(index: WorkloadIndex, village: number): boolean {
  return worksApart({ accessMode: index.villageModes[village]!, localStaff: index.villageLocalStaff[village] === 1, travelDaysOneWay: index.villageTravelDays[village]! });
}

function splitDistrict(input: SplitTerritoriesInput, sink: TerritorySink, district: number) {
  const { index, workingDays, params } = input;
  const districtCode = index.districtCodes[district]!;
  const firstTerritory = sink.territories.length;
  const [firstVillage, endVillage] = [index.districtStart[district]!, index.districtStart[district + 1]!];
  const [firstPosition, endPosition] = [index.villageStart[firstVillage]!, index.villageStart[endVillage]!];
  const pool = new Int32Array(endPosition - firstPosition);
  const sum = { poolSize: 0, families: 0, roadFamilies: 0, remoteIdealPpl: 0, unassigned: 0 };
  for (let village = firstVillage; village < endVillage; village++) {
    const [from, to] = [index.villageStart[village]!, index.villageStart[village + 1]!];
    let villageFamilies = 0;
    for (let position = from; position < to; position++) villageFamilies += index.families[position]!;
    sum.families += villageFamilies;
    if (isApart(index, village)) {
      const remote = cutRemoteVillage(input, sink, districtCode, village);
      sum.unassigned += remote.unassigned;
      sum.remoteIdealPpl += villageFamilies / (params.minDailyFamilies * remote.onSiteDays);
    } else {
      for (let position = from; position < to; position++) pool[sum.poolSize++] = position;
      sum.roadFamilies += villageFamilies;
    }
  }
  if (sum.poolSize > 0) {
    const onSite = onSiteDays({ workingDayCount: workingDays.count, travelDaysOneWay: 0 });
    const group = { districtCode, positions: pool.subarray(0, sum.poolSize), remote: false, accessMode: 'road' as const, localStaff: true, onSite };
    sum.unassigned += cutGroup({ ...input, group, sink });
  }
  numberTerritories(sink, firstTerritory, districtCode);
  const roadIdealPpl = sum.roadFamilies / (params.minDailyFamilies * workingDays.count);
  const tally: DistrictTally = {
    districtCode,
    families: sum.families,
    sls: endPosition - firstPosition,
    idealPpl: sum.remoteIdealPpl + roadIdealPpl,
    roadIdealPpl,
    floorPpl: Math.ceil(sum.families / (params.maxDailyFamilies * workingDays.count)),
    firstTerritory,
    territoryCount: sink.territories.length - firstTerritory,
  };
  return { district: tally, unassigned: sum.unassigned };
}

/** A remote village's own territories, on its own on-site days (local staff travel none). */
function cutRemoteVillage(input: SplitTerritoriesInput, sink: TerritorySink, districtCode: string, village: number) {
  const { index, workingDays } = input;
  const [from, to] = [index.villageStart[village]!, index.villageStart[village + 1]!];
  const localStaff = index.villageLocalStaff[village] === 1;
  const onSite = onSiteDays({ workingDayCount: workingDays.count, travelDaysOneWay: localStaff ? 0 : index.villageTravelDays[village]! });
  const positions = new Int32Array(to - from);
  for (let k = 0; k < positions.length; k++) positions[k] = from + k;
  const group = { districtCode, positions, remote: true, accessMode: index.villageModes[village]!, localStaff, onSite };
  return { unassigned: cutGroup({ ...input, group, sink }), onSiteDays: onSite.onSiteDays };
}

/** Puts a kecamatan's territories in the order of their first SLS and gives them their labels. */
function numberTerritories(sink: TerritorySink, from: number, districtCode: string) {
  const count = sink.territories.length - from;
  const ranks = Array.from({ length: count }, (_, k) => from + k).sort((a, b) => sink.firstPosition[a]! - sink.firstPosition[b]!);
  const sorted = ranks.map((k) => sink.territories[k]!);
  const positions = ranks.map((k) => sink.firstPosition[k]!);
  const width = Math.max(3, String(count).length);
  sorted.forEach((territory, k) => {
    territory.index = from + k;
    territory.label = `PPL ${districtCode}-${String(k + 1).padStart(width, '0')}`;
    sink.territories[from + k] = territory;
    sink.firstPosition[from + k] = positions[k]!;
  });
}

import type { OperationParams } from '../operations/params';
import type { SlsWorkload } from '../workload/types';
import { cutGroup, type SlsGroup, type TerritorySink } from './cut-group';
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
  roadFamilies: number;
  /** ceil(families / (maxDailyFamilies x working days)) */
  floorPpl: number;
  /** its territories are territories[firstTerritory .. firstTerritory + territoryCount) */
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
  workloads: readonly SlsWorkload[];
  /** workload indexes in SLS code order (orderWorkloads) */
  order: Int32Array;
  workingDays: WorkingDays;
  params: OperationParams;
  strategy: PlanStrategy;
}

/**
 * Cuts every kecamatan into PPL territories of whole SLS, never across kecamatan: one road pool per kecamatan
 * with all working days on site, and each remote village (boat, plane, or travel days without local staff) apart
 * with its own on-site days. Territories are numbered in SLS order inside each kecamatan ("PPL 64.71.01-007").
 */
export function splitTerritories(input: SplitTerritoriesInput): TerritorySplit {
  const { workloads, order } = input;
  const sink: TerritorySink = { territories: [], firstPosition: [], slsOrder: new Int32Array(workloads.length), filled: 0 };
  const districts: DistrictTally[] = [];
  let unassignedSls = 0;
  for (let start = 0; start < order.length; ) {
    const districtCode = workloads[order[start]!]!.districtCode;
    let end = start;
    while (end < order.length && workloads[order[end]!]!.districtCode === districtCode) end++;
    const tally = splitDistrict(input, sink, start, end);
    unassignedSls += tally.unassigned;
    districts.push(tally.district);
    start = end;
  }
  return { territories: sink.territories, slsOrder: sink.slsOrder.subarray(0, sink.filled), districts, unassignedSls };
}

function splitDistrict(input: SplitTerritoriesInput, sink: TerritorySink, start: number, end: number) {
  const { workloads, order, workingDays, params } = input;
  const districtCode = workloads[order[start]!]!.districtCode;
  const firstTerritory = sink.territories.length;
  const pool = new Int32Array(end - start);
  let poolSize = 0;
  let families = 0;
  let roadFamilies = 0;
  let idealPpl = 0;
  let unassigned = 0;
  for (let p = start; p < end; ) {
    const first = workloads[order[p]!]!;
    let q = p;
    let travel = 0;
    let villageFamilies = 0;
    for (; q < end && workloads[order[q]!]!.villageCode === first.villageCode; q++) {
      const sls = workloads[order[q]!]!;
      travel = Math.max(travel, sls.travelDaysOneWay);
      villageFamilies += sls.families;
    }
    families += villageFamilies;
    const charter = first.accessMode === 'boat' || first.accessMode === 'plane';
    if (charter || (travel > 0 && !first.localStaff)) {
      const onSite = onSiteDays({ workingDayCount: workingDays.count, travelDaysOneWay: first.localStaff ? 0 : travel });
      const positions = Int32Array.from({ length: q - p }, (_, k) => p + k);
      const group: SlsGroup = { districtCode, positions, remote: true, accessMode: first.accessMode, localStaff: first.localStaff, onSite };
      unassigned += cutGroup({ ...input, group, sink });
      idealPpl += villageFamilies / (params.minDailyFamilies * onSite.onSiteDays);
    } else {
      for (let k = p; k < q; k++) pool[poolSize++] = k;
      roadFamilies += villageFamilies;
    }
    p = q;
  }
  if (poolSize > 0) {
    const onSite = onSiteDays({ workingDayCount: workingDays.count, travelDaysOneWay: 0 });
    const group: SlsGroup = { districtCode, positions: pool.subarray(0, poolSize), remote: false, accessMode: 'road', localStaff: true, onSite };
    unassigned += cutGroup({ ...input, group, sink });
  }
  const roadIdealPpl = roadFamilies / (params.minDailyFamilies * workingDays.count);
  numberTerritories(sink, firstTerritory, districtCode);
  const district: DistrictTally = {
    districtCode,
    families,
    sls: end - start,
    idealPpl: idealPpl + roadIdealPpl,
    roadIdealPpl,
    roadFamilies,
    floorPpl: Math.ceil(families / (params.maxDailyFamilies * workingDays.count)),
    firstTerritory,
    territoryCount: sink.territories.length - firstTerritory,
  };
  return { district, unassigned };
}

/** Puts a kecamatan's territories in the order of their first SLS and gives them their labels. */
function numberTerritories(sink: TerritorySink, from: number, districtCode: string) {
  const count = sink.territories.length - from;
  const ranks = Array.from({ length: count }, (_, k) => from + k).sort((a, b) => sink.firstPosition[a]! - sink.firstPosition[b]!);
  const sorted = ranks.map((k) => sink.territories[k]!);
  const width = Math.max(3, String(count).length);
  sorted.forEach((territory, k) => {
    territory.index = from + k;
    territory.label = `PPL ${districtCode}-${String(k + 1).padStart(width, '0')}`;
    sink.territories[from + k] = territory;
  });
  const positions = ranks.map((k) => sink.firstPosition[k]!);
  positions.forEach((position, k) => (sink.firstPosition[from + k] = position));
}

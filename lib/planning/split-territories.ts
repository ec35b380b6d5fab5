import type { OperationParams } from '../operations/params';
import { worksApart } from '../workload/remote';
import { cutGroup, type TerritorySink } from './cut-group';
import type { WorkloadIndex } from './index-workloads';
import { onSiteDays } from './on-site-days';
import { isEstimate, type DailyNorm, type VillageTerrain } from './terrain/types';
import type { PlanStrategy, Territory, WorkingDays } from './types';

/** Per-kecamatan figures gathered while cutting territories. */
export interface DistrictTally {
  districtCode: string;
  families: number;
  sls: number;
  /** families / (daily norm x on-site days), over the road pools and each village worked apart, at each one's norm */
  idealPpl: number;
  /** the same for the road pools alone */
  roadIdealPpl: number;
  /** ceil(families / (maximum daily norm x working days)), at each village's norm */
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
  /** each village's norm and whether it is cut on its own, by village number (lib/planning/terrain) */
  terrain: readonly VillageTerrain[];
}

/**
 * Cuts every kecamatan into PPL territories of whole SLS, never across kecamatan: one road pool per kecamatan and
 * daily norm with all working days on site, and each remote village (boat or plane, or travel days without local
 * staff) or village its terrain keeps apart on its own, with its own on-site days. Territories are numbered in SLS
 * order inside each kecamatan ("PPL 64.71.01-007").
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

/** Villages of one kecamatan cut together: those sharing a daily norm, their territories free to span them. */
interface NormPool {
  norm: DailyNorm;
  /** all its villages have the frame's estimate, none a norm the office gave (access data, a class, the estimate off) */
  estimated: boolean;
  villages: number[];
  sls: number;
  families: number;
}

function poolFor(pools: NormPool[], norm: DailyNorm): NormPool {
  for (const pool of pools) if (pool.norm.minDailyFamilies === norm.minDailyFamilies && pool.norm.maxDailyFamilies === norm.maxDailyFamilies) return pool;
  const pool = { norm, estimated: true, villages: [], sls: 0, families: 0 };
  pools.push(pool);
  return pool;
}

function splitDistrict(input: SplitTerritoriesInput, sink: TerritorySink, district: number) {
  const { index, workingDays, params, terrain } = input;
  const districtCode = index.districtCodes[district]!;
  const firstTerritory = sink.territories.length;
  const [firstVillage, endVillage] = [index.districtStart[district]!, index.districtStart[district + 1]!];
  const [firstPosition, endPosition] = [index.villageStart[firstVillage]!, index.villageStart[endVillage]!];
  // Floor load in families at the operation's maximum: exact integers while every norm is the operation's own.
  const sum = { families: 0, remoteIdealPpl: 0, roadIdealPpl: 0, floorFamilies: 0, unassigned: 0 };
  const pools: NormPool[] = [];
  for (let village = firstVillage; village < endVillage; village++) {
    const [from, to] = [index.villageStart[village]!, index.villageStart[village + 1]!];
    let villageFamilies = 0;
    for (let position = from; position < to; position++) villageFamilies += index.families[position]!;
    const { norm, ownTerritories, basis } = terrain[village]!;
    sum.families += villageFamilies;
    sum.floorFamilies += norm.maxDailyFamilies === params.maxDailyFamilies ? villageFamilies : (villageFamilies * params.maxDailyFamilies) / norm.maxDailyFamilies;
    if (isApart(index, village) || ownTerritories) {
      const remote = cutRemoteVillage(input, sink, districtCode, village);
      sum.unassigned += remote.unassigned;
      sum.remoteIdealPpl += villageFamilies / (norm.minDailyFamilies * remote.onSiteDays);
    } else {
      const pool = poolFor(pools, norm);
      pool.estimated &&= isEstimate(basis);
      pool.villages.push(village);
      pool.sls += to - from;
      pool.families += villageFamilies;
    }
  }
  const onSite = onSiteDays({ workingDayCount: workingDays.count, travelDaysOneWay: 0 });
  for (const pool of mergeSmallPools(pools, workingDays.count)) {
    const positions = new Int32Array(pool.sls);
    let size = 0;
    for (const village of pool.villages) for (let position = index.villageStart[village]!; position < index.villageStart[village + 1]!; position++) positions[size++] = position;
    const group = { districtCode, positions, remote: false, accessMode: 'road' as const, localStaff: true, onSite, norm: pool.norm };
    sum.unassigned += cutGroup({ ...input, group, sink });
    sum.roadIdealPpl += pool.families / (pool.norm.minDailyFamilies * workingDays.count);
  }
  numberTerritories(sink, firstTerritory, districtCode);
  const tally: DistrictTally = {
    districtCode,
    families: sum.families,
    sls: endPosition - firstPosition,
    idealPpl: sum.remoteIdealPpl + sum.roadIdealPpl,
    roadIdealPpl: sum.roadIdealPpl,
    floorPpl: Math.ceil(sum.floorFamilies / (params.maxDailyFamilies * workingDays.count)),
    firstTerritory,
    territoryCount: sink.territories.length - firstTerritory,
  };
  return { district: tally, unassigned: sum.unassigned };
}

/**
 * Estimated pools too small for one PPL's month at their own norm (a lone kelurahan among desa) join the
 * kecamatan's largest pool and its norm, rather than leave a PPL short of work; the villages stay in SLS order. A
 * norm the office gave is never changed this way.
 */
function mergeSmallPools(pools: NormPool[], workingDayCount: number): NormPool[] {
  if (pools.length < 2) return pools;
  const main = pools.reduce((a, b) => (b.families > a.families ? b : a));
  const kept = pools.filter((pool) => pool === main || !pool.estimated || pool.families >= pool.norm.minDailyFamilies * workingDayCount);
  if (kept.length === pools.length) return pools;
  for (const pool of pools) {
    if (kept.includes(pool)) continue;
    main.villages.push(...pool.villages);
    main.sls += pool.sls;
    main.families += pool.families;
  }
  main.villages.sort((a, b) => a - b);
  return kept;
}

/** A remote village's own territories, on its own on-site days (local staff travel none) and its own norm. */
function cutRemoteVillage(input: SplitTerritoriesInput, sink: TerritorySink, districtCode: string, village: number) {
  const { index, workingDays, terrain } = input;
  const [from, to] = [index.villageStart[village]!, index.villageStart[village + 1]!];
  const localStaff = index.villageLocalStaff[village] === 1;
  const onSite = onSiteDays({ workingDayCount: workingDays.count, travelDaysOneWay: localStaff ? 0 : index.villageTravelDays[village]! });
  const positions = new Int32Array(to - from);
  for (let k = 0; k < positions.length; k++) positions[k] = from + k;
  const group = { districtCode, positions, remote: true, accessMode: index.villageModes[village]!, localStaff, onSite, norm: terrain[village]!.norm };
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

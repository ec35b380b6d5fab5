import { isWithin } from '../areas/codes';
import type { AccessMode, SlsWorkload } from '../workload/types';
import { AreaMismatchError, InvalidWorkloadError } from './errors';

/**
 * Workloads as flat arrays in SLS code order, read once: the planner's hot loops touch numbers, not objects.
 * Positions are indexes into this order; village v holds positions villageStart[v] .. villageStart[v + 1] - 1 and
 * kecamatan d holds villages districtStart[d] .. districtStart[d + 1] - 1.
 */
export interface WorkloadIndex {
  /** workload index at each position */
  order: Int32Array;
  /** families at each position */
  families: Int32Array;
  /** village number at each position */
  villageOf: Int32Array;
  villageStart: Int32Array;
  villageCodes: string[];
  villageModes: AccessMode[];
  villageLocalStaff: Uint8Array;
  /** 1 when any SLS of the village carries the office's access data, 0 when none does (SlsWorkload.accessKnown) */
  villageAccessKnown: Uint8Array;
  /** the longest one-way travel of the village's SLS, in days */
  villageTravelDays: Int32Array;
  districtStart: Int32Array;
  districtCodes: string[];
}

function isInside(code: string, parent: string): boolean {
  return code.length > parent.length && code.charCodeAt(parent.length) === 46 && code.startsWith(parent); // '.'
}

function isOrdered(workloads: readonly SlsWorkload[]): boolean {
  for (let i = 1; i < workloads.length; i++) if (workloads[i - 1]!.slsCode >= workloads[i]!.slsCode) return false;
  return true;
}

/**
 * Checks every workload (codes nest SLS in village in kecamatan, whole numbers >= 0, no SLS twice, all inside
 * `areaCode`) and indexes them in SLS code order. Input already in that order is not sorted again.
 */
export function indexWorkloads({ workloads, areaCode }: { workloads: readonly SlsWorkload[]; areaCode: string }): WorkloadIndex {
  const order = new Int32Array(workloads.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (!isOrdered(workloads)) order.sort((a, b) => (workloads[a]!.slsCode < workloads[b]!.slsCode ? -1 : workloads[a]!.slsCode > workloads[b]!.slsCode ? 1 : 0));
  const index = emptyIndex(order);
  const villageStart: number[] = [];
  const districtStart: number[] = [];
  const travel: number[] = [];
  const local: number[] = [];
  const known: number[] = [];
  let previous: SlsWorkload | undefined;
  for (let position = 0; position < order.length; position++) {
    const sls = workloads[order[position]!]!;
    checkNumbers(sls);
    if (previous === undefined || sls.villageCode !== previous.villageCode) {
      if (previous === undefined || sls.districtCode !== previous.districtCode) {
        if (!isWithin(sls.districtCode, areaCode)) throw new AreaMismatchError(sls.districtCode, areaCode);
        districtStart.push(villageStart.length);
        index.districtCodes.push(sls.districtCode);
      }
      if (!isInside(sls.villageCode, sls.districtCode)) throw new InvalidWorkloadError({ code: 'workload_village_outside_district', values: { slsCode: sls.slsCode, villageCode: sls.villageCode, districtCode: sls.districtCode } });
      villageStart.push(position);
      index.villageCodes.push(sls.villageCode);
      index.villageModes.push(sls.accessMode);
      local.push(sls.localStaff ? 1 : 0);
      known.push(0);
      travel.push(0);
    } else if (sls.slsCode === previous.slsCode) throw new InvalidWorkloadError({ code: 'workload_sls_repeated', values: { slsCode: sls.slsCode } });
    if (!isInside(sls.slsCode, sls.villageCode)) throw new InvalidWorkloadError({ code: 'workload_sls_prefix', values: { slsCode: sls.slsCode, villageCode: sls.villageCode } });
    const village = villageStart.length - 1;
    travel[village] = Math.max(travel[village]!, sls.travelDaysOneWay);
    if (sls.accessKnown !== false) known[village] = 1;
    index.families[position] = sls.families;
    index.villageOf[position] = village;
    previous = sls;
  }
  villageStart.push(order.length);
  districtStart.push(index.villageCodes.length);
  return { ...index, villageStart: Int32Array.from(villageStart), districtStart: Int32Array.from(districtStart), villageTravelDays: Int32Array.from(travel), villageLocalStaff: Uint8Array.from(local), villageAccessKnown: Uint8Array.from(known) };
}

function emptyIndex(order: Int32Array): WorkloadIndex {
  const empty = new Int32Array(0);
  return {
    order,
    families: new Int32Array(order.length),
    villageOf: new Int32Array(order.length),
    villageStart: empty,
    villageCodes: [],
    villageModes: [],
    villageLocalStaff: new Uint8Array(0),
    villageAccessKnown: new Uint8Array(0),
    villageTravelDays: empty,
    districtStart: empty,
    districtCodes: [],
  };
}

function checkNumbers(sls: SlsWorkload) {
  if (!Number.isSafeInteger(sls.families) || sls.families < 0) throw new InvalidWorkloadError({ code: 'workload_families_not_whole', values: { slsCode: sls.slsCode, families: sls.families } });
  if (!Number.isSafeInteger(sls.travelDaysOneWay) || sls.travelDaysOneWay < 0) throw new InvalidWorkloadError({ code: 'workload_travel_not_whole', values: { slsCode: sls.slsCode, travelDays: sls.travelDaysOneWay } });
}

/** One-way travel days of a village of the index (its code, binary searched: villages are in code order); 0 if absent. */
export function villageTravelDays(index: Pick<WorkloadIndex, 'villageCodes' | 'villageTravelDays'>, villageCode: string): number {
  let [lo, hi] = [0, index.villageCodes.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const code = index.villageCodes[mid]!;
    if (code === villageCode) return index.villageTravelDays[mid]!;
    if (code < villageCode) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

import { isWithin } from '../areas/codes';
import type { SlsWorkload } from '../workload/types';
import { AreaMismatchError, InvalidWorkloadError } from './errors';

function isInside(code: string, parent: string): boolean {
  return code.length > parent.length && code.startsWith(parent) && code.charCodeAt(parent.length) === 46; // '.'
}

function checkWorkload(sls: SlsWorkload) {
  if (!isInside(sls.villageCode, sls.districtCode)) throw new InvalidWorkloadError(sls.slsCode, `desa ${sls.villageCode} tidak berada di kecamatan ${sls.districtCode}`);
  if (!isInside(sls.slsCode, sls.villageCode)) throw new InvalidWorkloadError(sls.slsCode, `kode SLS tidak diawali kode desa ${sls.villageCode}`);
  if (!Number.isSafeInteger(sls.families) || sls.families < 0) throw new InvalidWorkloadError(sls.slsCode, `jumlah keluarga ${sls.families} bukan bilangan bulat >= 0`);
  if (!Number.isSafeInteger(sls.travelDaysOneWay) || sls.travelDaysOneWay < 0) throw new InvalidWorkloadError(sls.slsCode, `hari perjalanan ${sls.travelDaysOneWay} bukan bilangan bulat >= 0`);
}

/**
 * Checks every workload (codes nest, whole numbers, no SLS twice, inside `areaCode`) and returns workload indexes
 * in SLS code order, so each kecamatan and each village is one run. Already sorted input is not sorted again.
 */
export function orderWorkloads({ workloads, areaCode }: { workloads: readonly SlsWorkload[]; areaCode: string }): Int32Array {
  const order = new Int32Array(workloads.length);
  let sorted = true;
  for (let i = 0; i < workloads.length; i++) {
    const sls = workloads[i]!;
    checkWorkload(sls);
    order[i] = i;
    if (i > 0 && workloads[i - 1]!.slsCode >= sls.slsCode) sorted = false;
  }
  if (!sorted) order.sort((a, b) => compareCodes(workloads[a]!.slsCode, workloads[b]!.slsCode));
  let district = '';
  for (let i = 0; i < order.length; i++) {
    const sls = workloads[order[i]!]!;
    if (i > 0 && workloads[order[i - 1]!]!.slsCode === sls.slsCode) throw new InvalidWorkloadError(sls.slsCode, 'SLS muncul lebih dari sekali');
    if (sls.districtCode !== district) {
      district = sls.districtCode;
      if (!isWithin(district, areaCode)) throw new AreaMismatchError(district, areaCode);
    }
  }
  return order;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

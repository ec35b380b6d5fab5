import type { AccessMode, SlsWorkload } from '@/lib/workload/types';
import { defaultLocalStaff } from '@/lib/workload/types';

/** One SLS for a test, its village and kecamatan read from its code (64.71.01.1001.0001). */
export function sls(slsCode: string, families: number, access: { mode?: AccessMode; travel?: number; local?: boolean } = {}): SlsWorkload {
  const parts = slsCode.split('.');
  const accessMode = access.mode ?? 'road';
  return {
    slsCode,
    villageCode: parts.slice(0, 4).join('.'),
    districtCode: parts.slice(0, 3).join('.'),
    families,
    accessMode,
    travelDaysOneWay: access.travel ?? 0,
    localStaff: access.local ?? defaultLocalStaff(accessMode),
  };
}

/** A village's SLS numbered .0001, .0002, ... with the given families each. */
export function village(villageCode: string, families: readonly number[], access: Parameters<typeof sls>[2] = {}): SlsWorkload[] {
  return families.map((f, i) => sls(`${villageCode}.${String(i + 1).padStart(4, '0')}`, f, access));
}

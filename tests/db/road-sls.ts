import type { SlsWorkload } from '@/lib/workload/types';

/** A road SLS with local staff, its village and kecamatan read from its code: the plain workload DB tests build on. */
export const roadSls = (slsCode: string, families: number): SlsWorkload => ({
  slsCode,
  villageCode: slsCode.slice(0, 13),
  districtCode: slsCode.slice(0, 8),
  families,
  accessMode: 'road',
  travelDaysOneWay: 0,
  localStaff: true,
});

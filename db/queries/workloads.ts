import { and, asc, eq, type SQL } from 'drizzle-orm';
import { countryCode, levelOfCode } from '@/lib/areas/codes';
import type { SlsWorkload } from '@/lib/workload/types';
import type { Db } from '../client';
import { workloads } from '../schema';

function areaFilter(areaCode: string): SQL | undefined {
  if (areaCode === countryCode) return undefined;
  const level = levelOfCode(areaCode);
  const column = {
    provinsi: workloads.provinceCode,
    kabupaten: workloads.regencyCode,
    kecamatan: workloads.districtCode,
    desa: workloads.villageCode,
    sls: workloads.slsCode,
  }[level];
  return eq(column, areaCode);
}

/** The SLS workload of an operation inside an area (a code, or 'ID' for the country), in SLS code order. */
export async function listWorkloads(db: Db, operationId: number, areaCode: string): Promise<SlsWorkload[]> {
  return db
    .select({
      slsCode: workloads.slsCode,
      villageCode: workloads.villageCode,
      districtCode: workloads.districtCode,
      families: workloads.families,
      accessMode: workloads.accessMode,
      travelDaysOneWay: workloads.travelDaysOneWay,
      localStaff: workloads.localStaff,
    })
    .from(workloads)
    .where(and(eq(workloads.operationId, operationId), areaFilter(areaCode)))
    .orderBy(asc(workloads.slsCode));
}

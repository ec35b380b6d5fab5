import { ancestorCode } from '@/lib/areas/codes';
import type { SlsWorkload } from '@/lib/workload/types';
import { insertInBatches, type ProgressFn } from './bulk-insert';
import type { Db } from './client';
import { areas, workloads, type NewArea, type NewWorkload } from './schema';

function toWorkloadRow(operationId: number, w: SlsWorkload): NewWorkload {
  return {
    operationId,
    slsCode: w.slsCode,
    villageCode: w.villageCode,
    districtCode: w.districtCode,
    regencyCode: ancestorCode(w.villageCode, 'kabupaten'),
    provinceCode: ancestorCode(w.villageCode, 'provinsi'),
    families: w.families,
    accessMode: w.accessMode,
    travelDaysOneWay: w.travelDaysOneWay,
    localStaff: w.localStaff,
    accessKnown: w.accessKnown ?? true,
  };
}

/** Writes an operation's workload and the SLS areas it names; the caller's transaction makes it all-or-nothing. */
export async function insertWorkloads(db: Db, operationId: number, rows: SlsWorkload[], onProgress?: ProgressFn) {
  const slsAreas: NewArea[] = rows.map((w) => ({
    code: w.slsCode,
    parentCode: w.villageCode,
    level: 'sls',
    name: `SLS ${w.slsCode.slice(-4)}`,
  }));
  // Another operation may already have named the same SLS.
  await insertInBatches(db, areas, slsAreas, { batchSize: 5000, skipExisting: true });
  await insertInBatches(db, workloads, rows.map((w) => toWorkloadRow(operationId, w)), { batchSize: 4000, onProgress });
}


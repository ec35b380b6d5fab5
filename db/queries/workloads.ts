import { and, asc, desc, eq, gt, inArray, sql, type SQL } from 'drizzle-orm';
import { ancestorCode, countryCode, levelOfCode } from '@/lib/areas/codes';
import type { SlsWorkload } from '@/lib/workload/types';
import type { Db } from '../client';
import { insertWorkloads } from '../insert-workloads';
import { lockKeys } from '../locks';
import { auditLog, workloads } from '../schema';

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
      accessKnown: workloads.accessKnown,
    })
    .from(workloads)
    .where(and(eq(workloads.operationId, operationId), areaFilter(areaCode)))
    .orderBy(asc(workloads.slsCode));
}

/**
 * Replaces an operation's workload for every village the rows name (their old SLS go, the new ones come), in one
 * transaction: an office's own estimates override the demo's village by village. Imports touching the same
 * kabupaten/kota queue behind each other (an advisory lock per regency): two at once would each delete the old SLS,
 * then both insert the new ones and collide on the key.
 */
export async function replaceVillageWorkloads(db: Db, operationId: number, rows: readonly SlsWorkload[], userId: string | null = null): Promise<{ villages: number; sls: number }> {
  const villages = [...new Set(rows.map((r) => r.villageCode))];
  const regencies = villages.map((v) => ancestorCode(v, 'kabupaten'));
  await db.transaction(async (t) => {
    await lockKeys(t, regencies.map((r) => `workloads:${operationId}:${r}`));
    for (let i = 0; i < villages.length; i += 5000) {
      await t.delete(workloads).where(and(eq(workloads.operationId, operationId), inArray(workloads.villageCode, villages.slice(i, i + 5000))));
    }
    await insertWorkloads(t, operationId, [...rows]);
    // Each village replaced, logged with the import: a plan saved before it says its workloads changed since.
    for (let i = 0; i < villages.length; i += 5000) {
      const entries = villages.slice(i, i + 5000).map((v) => ({ userId, action: 'workloads.replace', entity: 'village', entityId: v, areaCode: v, before: null, after: { operationId } }));
      if (entries.length > 0) await t.insert(auditLog).values(entries);
    }
  });
  return { villages: villages.length, sls: rows.length };
}

/** Villages of an area whose workloads an import replaced after `since`: how many, the last time, the latest few. */
export async function listWorkloadChangesSince(db: Db, { areaCode, since, latest = 5 }: { areaCode: string; since: Date; latest?: number }): Promise<{ villages: number; lastAt: Date | null; latestCodes: string[] }> {
  const inArea = areaCode === countryCode ? sql`true` : sql`(${auditLog.areaCode} = ${areaCode} or ${auditLog.areaCode} like ${`${areaCode}.%`})`;
  const rows = await db
    .select({ code: auditLog.entityId, at: sql<string>`max(${auditLog.at})` })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'workloads.replace'), gt(auditLog.at, since), inArea))
    .groupBy(auditLog.entityId)
    .orderBy(desc(sql`max(${auditLog.at})`), asc(auditLog.entityId));
  return { villages: rows.length, lastAt: rows[0] ? new Date(rows[0].at) : null, latestCodes: rows.slice(0, latest).map((r) => r.code) };
}

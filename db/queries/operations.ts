import 'server-only';
import { count, desc, eq, sql } from 'drizzle-orm';
import { rowsOf } from '../rows';
import { operationParamsSchema, type OperationParams } from '@/lib/operations/params';
import { remoteAccessModes } from '@/lib/workload/remote';
import type { ViewerScope } from '@/lib/auth/scope';
import type { Db } from '../client';
import { areas, meta, operations, workloads } from '../schema';
import { overlappingScope } from './scope';

export interface OperationSummary {
  id: number;
  name: string;
  areaCode: string;
  params: OperationParams;
  /** the operation's fixed "today", or null to follow the real date (lib/operations/operation-today.ts) */
  clockDate: string | null;
}

/** The operation pages work on: the given one, else the newest. */
export async function getActiveOperation(db: Db, id?: number): Promise<OperationSummary | null> {
  const query = db.select().from(operations);
  const [row] = await (id === undefined ? query.orderBy(desc(operations.id)).limit(1) : query.where(eq(operations.id, id)));
  if (!row) return null;
  return { id: row.id, name: row.name, areaCode: row.areaCode, params: operationParamsSchema.parse(row.params), clockDate: row.clockDate };
}

export interface RegionTotal {
  code: string;
  name: string;
  provinceName: string;
  families: number;
  sls: number;
  villages: number;
  remoteFamilies: number;
}

type RegionRow = {
  code: string;
  name: string;
  province_name: string;
  families: string | number;
  sls: string | number;
  villages: string | number;
  remote_families: string | number;
};

/**
 * Family targets of an operation per kabupaten/kota overlapping the viewer's areas (a KOSEKA sees their city), with
 * province names: what the overview shows.
 */
export async function listRegionTotals(db: Db, scope: ViewerScope, operationId: number): Promise<RegionTotal[]> {
  const result = await db.execute(sql`
    select w.regency_code as code, r.name, p.name as province_name,
           sum(w.families) as families, count(*) as sls, count(distinct w.village_code) as villages,
           sum(case when w.access_mode in (${sql.join(remoteAccessModes.map((m) => sql`${m}`), sql`, `)}) then w.families else 0 end) as remote_families
      from ${workloads} w
      join ${areas} r on r.code = w.regency_code
      join ${areas} p on p.code = w.province_code
     where w.operation_id = ${operationId} and ${overlappingScope(scope, sql`w.regency_code`)}
     group by w.regency_code, r.name, p.name
     order by w.regency_code`);
  return rowsOf<RegionRow>(result).map((r) => ({
    code: r.code,
    name: r.name,
    provinceName: r.province_name,
    families: Number(r.families),
    sls: Number(r.sls),
    villages: Number(r.villages),
    remoteFamilies: Number(r.remote_families),
  }));
}

/** Counts of the frame per level. */
export async function countFrame(db: Db): Promise<Record<string, number>> {
  const rows = await db.select({ level: areas.level, n: count() }).from(areas).groupBy(areas.level);
  return Object.fromEntries(rows.map((r) => [r.level, r.n]));
}

/** True when the database holds the demo (its accounts use the published demo password). */
export async function hasDemoSeed(db: Db): Promise<boolean> {
  const rows = await db.select({ key: meta.key }).from(meta).where(eq(meta.key, 'demo_seed'));
  return rows.length > 0;
}

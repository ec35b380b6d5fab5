import { sql } from 'drizzle-orm';
import { countryCode } from '@/lib/areas/codes';
import type { Db } from './client';
import { areaTargets, workloads } from './schema';

/**
 * Recomputes an operation's target families and SLS for every area at every level ('ID', provinsi ... SLS) from its
 * workloads in one statement: upserts the changed totals and deletes areas that no longer have any SLS. Call it
 * after anything that writes workloads; coverage reads targets from here, never by summing workloads.
 */
export async function refreshAreaTargets(db: Db, operationId: number): Promise<void> {
  await db.execute(sql`
    with fresh as (
      select level.code as area_code, sum(w.families)::int as families, count(*)::int as sls
        from ${workloads} w
        cross join lateral (values (${countryCode}::text), (w.province_code), (w.regency_code), (w.district_code), (w.village_code), (w.sls_code)) as level(code)
       where w.operation_id = ${operationId}
       group by level.code
    ), gone as (
      delete from ${areaTargets} t
       where t.operation_id = ${operationId}
         and not exists (select 1 from fresh f where f.area_code = t.area_code)
    )
    insert into ${areaTargets} (operation_id, area_code, families, sls)
    select ${operationId}, area_code, families, sls from fresh
    on conflict (operation_id, area_code) do update set families = excluded.families, sls = excluded.sls
     where (${areaTargets.families}, ${areaTargets.sls}) is distinct from (excluded.families, excluded.sls)`);
}

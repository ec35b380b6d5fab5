import 'server-only';
import { sql } from 'drizzle-orm';
import type { ViewerScope } from '@/lib/auth/scope';
import type { Db } from '../client';
import { rowsOf } from '../rows';
import { areas, planAdoptions, planSlots } from '../schema';
import { visibleSlot } from './scope';

/** A kecamatan Pemantauan can show: the plan in force there and its name. */
export interface MonitoredDistrict {
  districtCode: string;
  districtName: string;
  planId: number;
}

/**
 * The kecamatan where a plan is in force and the viewer sees PPL of it (office head: their areas, KOSEKA: their
 * kecamatan, PML: their team's), in code order, each with the plan in force there (the deepest adoption holding it).
 * Starts from the adopted plans, so an office head of five regions reads each plan's kecamatan once.
 */
export async function listMonitoredDistricts(db: Db, scope: ViewerScope, operationId: number): Promise<MonitoredDistrict[]> {
  const rows = rowsOf<{ district_code: string; district_name: string | null; plan_id: number }>(await db.execute(sql`
    with seen as (
      select distinct ${planSlots.planId} as plan_id, ${planSlots.districtCode} as district_code
        from ${planSlots}
       where ${planSlots.role} = 'ppl'
         and ${planSlots.planId} in (select plan_id from ${planAdoptions} where operation_id = ${operationId})
         and ${visibleSlot(scope)}
    )
    select s.district_code, a.name as district_name, s.plan_id
      from seen s
      left join ${areas} a on a.code = s.district_code
     where s.plan_id = (select pa.plan_id from ${planAdoptions} pa
                         where pa.operation_id = ${operationId}
                           and (pa.area_code = 'ID' or s.district_code = pa.area_code or starts_with(s.district_code, pa.area_code || '.'))
                         order by length(pa.area_code) desc limit 1)
     order by s.district_code`));
  return rows.map((r) => ({ districtCode: r.district_code, districtName: r.district_name ?? r.district_code, planId: Number(r.plan_id) }));
}

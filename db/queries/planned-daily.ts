import 'server-only';
import { sql } from 'drizzle-orm';
import type { DistrictLoad, PlannedAreaDay } from '@/lib/coverage/planned-area-days';
import type { Db } from '../client';
import { rowsOf } from '../rows';
import { planSlots, plannedDaily } from '../schema';

const json = (rows: unknown) => sql`${JSON.stringify(rows)}::json`;

/** A plan's PPL slots grouped by kecamatan and load (all of them, or only `slotIds`, each counted once). */
export async function listDistrictLoads(db: Db, { planId, slotIds }: { planId: number; slotIds?: readonly number[] }): Promise<DistrictLoad[]> {
  const only = slotIds ? sql`and s.id in (select value::int from json_array_elements_text(${json(slotIds)}))` : sql``;
  const rows = rowsOf<{ district_code: string; on_site_days: number; families: number; n: number | string }>(await db.execute(sql`
    select s.district_code, s.on_site_days, s.families, count(*) as n
      from ${planSlots} s
     where s.plan_id = ${planId} and s.role = 'ppl' ${only}
     group by 1, 2, 3`));
  return rows.map((r) => ({ districtCode: r.district_code, onSiteDays: Number(r.on_site_days), families: Number(r.families), count: Number(r.n) }));
}

/** The plans among `planIds` whose planned_daily rows have been written. */
export async function listRolledPlans(db: Db, planIds: readonly number[]): Promise<Set<number>> {
  if (planIds.length === 0) return new Set();
  const rows = rowsOf<{ id: number }>(await db.execute(sql`
    select x.value::int as id from json_array_elements_text(${json(planIds)}) as x(value)
     where exists (select 1 from ${plannedDaily} d where d.plan_id = x.value::int)`));
  return new Set(rows.map((r) => Number(r.id)));
}

const recordset = (rows: readonly PlannedAreaDay[]) => sql`json_to_recordset(${json(rows)}) as r("areaCode" text, "date" date, "families" int)`;
const insertRows = (planId: number, rows: readonly PlannedAreaDay[]) => sql`
  insert into ${plannedDaily} (plan_id, area_code, plan_date, families)
  select ${planId}, r."areaCode", r."date", r."families" from ${recordset(rows)}`;

/** Writes a plan's rows the first time; rows already there (a concurrent first write of the same plan) stay. */
export async function insertPlannedDaily(db: Db, planId: number, rows: readonly PlannedAreaDay[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`${insertRows(planId, rows)} on conflict do nothing`);
}

/**
 * Adds changes to a plan's rows (rows in area then date order, as every writer takes them) and drops those of the
 * changed keys that reach 0. Additive, so two moves of one kecamatan at once add up whichever commits first.
 */
export async function addPlannedDaily(db: Db, planId: number, deltas: readonly PlannedAreaDay[]): Promise<void> {
  if (deltas.length === 0) return;
  await db.execute(sql`${insertRows(planId, deltas)}
    on conflict (plan_id, area_code, plan_date) do update set families = ${plannedDaily.families} + excluded.families`);
  await db.execute(sql`
    delete from ${plannedDaily} d using ${recordset(deltas)}
     where d.plan_id = ${planId} and d.area_code = r."areaCode" and d.plan_date = r."date" and d.families = 0`);
}

/** The rows of the given plans for the areas of `areaCodes` (an area, its children and excepted areas), by plan. */
export async function listPlannedDaily(db: Db, { planIds, areaCodes }: { planIds: readonly number[]; areaCodes: readonly string[] }): Promise<Map<number, PlannedAreaDay[]>> {
  const byPlan = new Map<number, PlannedAreaDay[]>();
  if (planIds.length === 0 || areaCodes.length === 0) return byPlan;
  // Literal lists, not a JSON set: the planner then walks the primary key for each (plan, area) instead of guessing
  // a hundred rows and scanning the table (a national plan has ~200,000 rows).
  const list = (values: readonly (string | number)[]) => sql.join(values.map((v) => sql`${v}`), sql`, `);
  const rows = rowsOf<{ plan_id: number; area_code: string; plan_date: string; families: number }>(await db.execute(sql`
    select d.plan_id, d.area_code, d.plan_date::text as plan_date, d.families
      from ${plannedDaily} d
     where d.plan_id in (${list(planIds)}) and d.area_code in (${list(areaCodes)})`));
  for (const r of rows) {
    const list = byPlan.get(Number(r.plan_id)) ?? [];
    list.push({ areaCode: r.area_code, date: r.plan_date, families: Number(r.families) });
    byPlan.set(Number(r.plan_id), list);
  }
  return byPlan;
}

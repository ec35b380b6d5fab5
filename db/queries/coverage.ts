import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { countryCode, levelOfCode, type AreaLevel } from '@/lib/areas/codes';
import type { ViewerScope } from '@/lib/auth/scope';
import type { PlanInForce } from '@/lib/coverage/plans-in-force';
import type { CoverageDay } from '@/lib/coverage/summarize-coverage';
import { operationParamsSchema, type OperationParams } from '@/lib/operations/params';
import type { Db } from '../client';
import { rowsOf } from '../rows';
import { areas, areaTargets, assignments, coverageDaily, coveragePplDaily, planAdoptions, planSlots, plans } from '../schema';
import { overlappingScope, visibleSlot } from './scope';

// Coverage reads the maintained roll-ups (area_targets, coverage_daily, coverage_ppl_daily) and the plan in force,
// never interviews: an area's answer costs its own rows and its children's, whatever the number of records.

/** An area's level, with the whole country above the provinces. */
export type CoverageLevel = AreaLevel | 'nasional';

export interface CoverageAreaRows {
  code: string;
  name: string;
  level: CoverageLevel;
  targetFamilies: number;
  /** roll-up rows up to asOf, by date */
  days: CoverageDay[];
}

type AreaDayRow = {
  code: string;
  name: string;
  level: CoverageLevel;
  child: boolean;
  target: number | string;
  visit_date: string | null;
  completed: number;
  refused: number;
  not_home: number;
  moved: number;
  not_found: number;
};

/**
 * An area and those of its children that overlap the viewer's areas and belong to the operation (a target or any
 * record), each with its target families and its roll-up rows up to `asOf`, in one statement; null when the code is
 * not in the frame. The route decides first whether the viewer may ask for the area at all.
 */
export async function getCoverageRows(db: Db, scope: ViewerScope, { operationId, areaCode, asOf }: { operationId: number; areaCode: string; asOf: string }): Promise<{ area: CoverageAreaRows; children: CoverageAreaRows[] } | null> {
  const national = areaCode === countryCode;
  // Provinces are the areas without a parent: areas_parent_idx finds them, a filter on level would scan every SLS.
  const self = national
    ? sql`select ${countryCode}::text as code, 'Indonesia'::text as name, 'nasional'::text as level, false as child`
    : sql`select code, name, level::text, false as child from ${areas} where code = ${areaCode}`;
  const children = sql`select a.code, a.name, a.level::text, true as child from ${areas} a
    where ${national ? sql`a.parent_code is null` : sql`a.parent_code = ${areaCode}`} and ${overlappingScope(scope, sql`a.code`)}`;
  const result = await db.execute(sql`
    with wanted as (${self} union all ${children})
    select w.code, w.name, w.level, w.child, coalesce(t.families, 0) as target, d.visit_date::text as visit_date,
           d.completed, d.refused, d.not_home, d.moved, d.not_found
      from wanted w
      left join ${areaTargets} t on t.operation_id = ${operationId} and t.area_code = w.code
      left join ${coverageDaily} d on d.operation_id = ${operationId} and d.area_code = w.code and d.visit_date <= ${asOf}
     where not w.child or t.area_code is not null or d.area_code is not null
     order by w.child, w.code, d.visit_date`);
  const byCode = new Map<string, CoverageAreaRows & { child: boolean }>();
  for (const r of rowsOf<AreaDayRow>(result)) {
    let area = byCode.get(r.code);
    if (!area) byCode.set(r.code, (area = { code: r.code, name: r.name, level: r.level, child: r.child, targetFamilies: Number(r.target), days: [] }));
    if (r.visit_date !== null) area.days.push({ visitDate: r.visit_date, completed: r.completed, refused: r.refused, notHome: r.not_home, moved: r.moved, notFound: r.not_found });
  }
  const [first, ...rest] = [...byCode.values()].map(({ child, ...area }) => ({ child, area }));
  if (!first || first.child) return null;
  return { area: first.area, children: rest.map((r) => r.area) };
}

/** A plan in force over, above or inside an area: its area's target and its own calendar. */
export interface AdoptedPlan {
  areaCode: string;
  planId: number;
  targetFamilies: number;
  params: OperationParams;
}

/** `code` (SQL) is `area` or lies inside it; the country holds everything. */
const within = (code: SQL, area: SQL) => sql`(${area} = ${countryCode} or ${code} = ${area} or starts_with(${code}, ${area} || '.'))`;

/** The plans in force whose area holds `areaCode` or lies inside it, with their areas' targets. */
export async function listAdoptedPlans(db: Db, { operationId, areaCode }: { operationId: number; areaCode: string }): Promise<AdoptedPlan[]> {
  const result = await db.execute(sql`
    select a.area_code, a.plan_id, p.params, coalesce(t.families, 0) as target
      from ${planAdoptions} a
      join ${plans} p on p.id = a.plan_id
      left join ${areaTargets} t on t.operation_id = a.operation_id and t.area_code = a.area_code
     where a.operation_id = ${operationId}
       and (${within(sql`${areaCode}::text`, sql`a.area_code`)} or ${within(sql`a.area_code`, sql`${areaCode}::text`)})
     order by length(a.area_code), a.area_code`);
  return rowsOf<{ area_code: string; plan_id: number; params: unknown; target: number | string }>(result).map((r) => ({
    areaCode: r.area_code,
    planId: r.plan_id,
    targetFamilies: Number(r.target),
    params: operationParamsSchema.parse(typeof r.params === 'string' ? JSON.parse(r.params) : r.params),
  }));
}

/** Identical whole PPL slots of one plan in one child area: what the planned curve of a large area needs. */
export interface SlotLoad {
  planId: number;
  /** the child area (by code length) the slots' kecamatan lies in */
  childCode: string;
  families: number;
  onSiteDays: number;
  count: number;
}

/**
 * The PPL slots of the plans in force (plansInForce) inside `areaCode` (the country, a province or a kabupaten),
 * grouped by plan, child area (the first `childCodeLength` characters of their kecamatan) and load; each plan's
 * slots in the areas of deeper plans in force are left out.
 */
export async function listSlotLoads(db: Db, { areaCode, childCodeLength, plans: inForce }: { areaCode: string; childCodeLength: number; plans: readonly PlanInForce[] }): Promise<SlotLoad[]> {
  if (inForce.length === 0) return [];
  const excepted = inForce.flatMap((p) => p.exceptAreas.map((area) => sql`(s.plan_id = ${p.planId} and ${within(sql`s.district_code`, sql`${area}::text`)})`));
  const result = await db.execute(sql`
    select s.plan_id, left(s.district_code, ${childCodeLength}) as child_code, s.families, s.on_site_days, count(*) as n
      from ${planSlots} s
     where s.plan_id in (${sql.join(inForce.map((p) => sql`${p.planId}`), sql`, `)}) and s.role = 'ppl'
       and ${districtsInside(areaCode)}
       ${excepted.length > 0 ? sql`and not (${sql.join(excepted, sql` or `)})` : sql``}
     group by 1, 2, 3, 4`);
  return rowsOf<{ plan_id: number; child_code: string; families: number; on_site_days: number; n: number | string }>(result).map((r) => ({
    planId: r.plan_id,
    childCode: r.child_code,
    families: r.families,
    onSiteDays: r.on_site_days,
    count: Number(r.n),
  }));
}

/**
 * The slot's kecamatan lies inside `areaCode` (the country, a province or a kabupaten), as a list of kecamatan from
 * the frame: plan_slots_plan_idx (plan, kecamatan) then reads only the area's slots, where a prefix test would read
 * every slot of a national plan.
 */
function districtsInside(areaCode: string): SQL {
  if (areaCode === countryCode) return sql`true`;
  if (levelOfCode(areaCode) === 'kabupaten') return sql`s.district_code in (select d.code from ${areas} d where d.parent_code = ${areaCode})`;
  return sql`s.district_code in (select d.code from ${areas} r join ${areas} d on d.parent_code = r.code where r.parent_code = ${areaCode})`;
}

/** One PPL slot with its SLS in visiting order: what the planned curve of a kecamatan or smaller needs. */
export interface SlotTerritory {
  slotId: number;
  onSiteDays: number;
  sls: { slsCode: string; families: number }[];
}

/**
 * The PPL slots of plan `planId` in kecamatan `districtCode` that work an SLS inside `areaCode` (the kecamatan
 * itself, a village or an SLS), each with its whole territory: a day's families are split by visiting order.
 */
export async function listSlotTerritories(db: Db, { planId, districtCode, areaCode }: { planId: number; districtCode: string; areaCode: string }): Promise<SlotTerritory[]> {
  const result = await db.execute(sql`
    select s.id as slot_id, s.on_site_days, x.sls_code, x.families
      from ${planSlots} s
      join ${assignments} x on x.plan_id = s.plan_id and x.slot_id = s.id
     where s.plan_id = ${planId} and s.role = 'ppl' and s.district_code = ${districtCode}
       and exists (select 1 from ${assignments} y where y.plan_id = s.plan_id and y.slot_id = s.id and ${within(sql`y.sls_code`, sql`${areaCode}::text`)})
     order by s.id, x.sls_code`);
  const slots = new Map<number, SlotTerritory>();
  for (const r of rowsOf<{ slot_id: number; on_site_days: number; sls_code: string; families: number }>(result)) {
    let slot = slots.get(r.slot_id);
    if (!slot) slots.set(r.slot_id, (slot = { slotId: r.slot_id, onSiteDays: r.on_site_days, sls: [] }));
    slot.sls.push({ slsCode: r.sls_code, families: r.families });
  }
  return [...slots.values()];
}

/**
 * Roll-up rows per PPL up to `asOf`, for the PPL whose slot of an adopted plan lies in `areaCode` and the viewer may
 * see (office heads and KOSEKA their kecamatan's, a PML their team, a PPL themself; stakeholders none): the
 * coordinator workspace's reader.
 */
export async function listPplCoverageDays(db: Db, scope: ViewerScope, { operationId, areaCode, asOf }: { operationId: number; areaCode: string; asOf: string }): Promise<Map<number, CoverageDay[]>> {
  const result = await db.execute(sql`
    select c.ppl_staff_id, c.visit_date::text as visit_date, c.completed, c.refused, c.not_home, c.moved, c.not_found
      from ${coveragePplDaily} c
     where c.operation_id = ${operationId} and c.visit_date <= ${asOf}
       and c.ppl_staff_id in (select ${planSlots.staffId} from ${planSlots}
                               where ${planSlots.planId} in (select plan_id from ${planAdoptions} where operation_id = ${operationId})
                                 and ${planSlots.role} = 'ppl' and ${within(sql`${planSlots.districtCode}`, sql`${areaCode}::text`)}
                                 and ${visibleSlot(scope)})
     order by c.ppl_staff_id, c.visit_date`);
  const byPpl = new Map<number, CoverageDay[]>();
  for (const r of rowsOf<{ ppl_staff_id: number; visit_date: string; completed: number; refused: number; not_home: number; moved: number; not_found: number }>(result)) {
    const days = byPpl.get(r.ppl_staff_id) ?? [];
    days.push({ visitDate: r.visit_date, completed: r.completed, refused: r.refused, notHome: r.not_home, moved: r.moved, notFound: r.not_found });
    byPpl.set(r.ppl_staff_id, days);
  }
  return byPpl;
}

import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { finalOutcomes } from '@/lib/interviews/outcomes';
import type { ViewerScope } from '@/lib/auth/scope';
import type { CoverageDay } from '@/lib/coverage/summarize-coverage';
import type { PplSlotState } from '@/lib/reassignment/ppl-state';
import type { Db } from '../client';
import { rowsOf } from '../rows';
import { assignments, coveragePplDaily, interviewFamilies, interviews, planAdoptions, planSlots, slotDropouts, staff, workloads } from '../schema';
import { visibleSlot } from './scope';

// The coordinator workspace's reads: PPL slots of a plan where it is in force, as far as the viewer may see them,
// with their shares of SLS and what they finished of each (interview_families, by an index on SLS and PPL).

const json = (rows: unknown) => sql`${JSON.stringify(rows)}::json`;
const finals = sql.join(finalOutcomes.map((o) => sql`${o}`), sql`, `);

/**
 * The plan in force over kecamatan `districtCode`: the adoption of the deepest area holding it. `share` locks that
 * adoption until the transaction ends, so the plan cannot be replaced under a move.
 */
export async function findPlanInForce(db: Db, { operationId, districtCode, share = false }: { operationId: number; districtCode: string; share?: boolean }): Promise<number | null> {
  const [row] = rowsOf<{ plan_id: number }>(await db.execute(sql`
    select plan_id from ${planAdoptions}
     where operation_id = ${operationId} and (area_code = 'ID' or ${districtCode} = area_code or starts_with(${districtCode}, area_code || '.'))
     order by length(area_code) desc limit 1 ${share ? sql`for share` : sql``}`));
  return row ? Number(row.plan_id) : null;
}

/** `plan_slots.district_code` is under plan `planId` in force (the deepest adoption holding it names that plan). */
function inForce(planId: number, operationId: number): SQL {
  return sql`(select pa.plan_id from ${planAdoptions} pa
               where pa.operation_id = ${operationId}
                 and (pa.area_code = 'ID' or ${planSlots.districtCode} = pa.area_code or starts_with(${planSlots.districtCode}, pa.area_code || '.'))
               order by length(pa.area_code) desc limit 1) = ${planId}`;
}

/**
 * PPL slots of plan `planId` the viewer may see, in kecamatan where the plan is in force, with their person, status
 * and shares: those of `slotIds`, or of kecamatan `districtCode`, or all. `lock` takes the slot rows for update in id
 * order first, so moves and dropouts touching one PPL queue instead of both reading the same load.
 */
export async function listPplStates(db: Db, scope: ViewerScope, { planId, operationId, slotIds, districtCode, lock = false, anyPlanInForce = false }: {
  planId: number;
  operationId: number;
  slotIds?: readonly number[];
  districtCode?: string;
  lock?: boolean;
  /** also slots of kecamatan where another plan is in force (the caller says so itself) */
  anyPlanInForce?: boolean;
}): Promise<PplSlotState[]> {
  const which = slotIds ? sql`and ${planSlots.id} in (select value::int from json_array_elements_text(${json(slotIds)}))` : districtCode ? sql`and ${planSlots.districtCode} = ${districtCode}` : sql``;
  if (lock) await db.execute(sql`select ${planSlots.id} from ${planSlots} where ${planSlots.planId} = ${planId} ${which} order by ${planSlots.id} for update`);
  const slots = rowsOf<{ id: number; label: string; staff_id: number | null; staff_name: string | null; district_code: string; supervisor_slot_id: number | null; on_site_days: number; active: boolean }>(await db.execute(sql`
    select ${planSlots.id}, ${planSlots.label}, ${planSlots.staffId}, p.name as staff_name, ${planSlots.districtCode}, ${planSlots.supervisorSlotId}, ${planSlots.onSiteDays},
           (not exists (select 1 from ${slotDropouts} d where d.slot_id = ${planSlots.id}) and coalesce(p.status <> 'dropped_out', true)) as active
      from ${planSlots}
      left join ${staff} p on p.id = ${planSlots.staffId}
     where ${planSlots.planId} = ${planId} and ${planSlots.role} = 'ppl' ${which}
       and ${visibleSlot(scope)} ${anyPlanInForce ? sql`` : sql`and ${inForce(planId, operationId)}`}
     order by ${planSlots.label}, ${planSlots.id}`));
  if (slots.length === 0) return [];
  const shares = await listShares(db, { planId, operationId, slotIds: slots.map((s) => s.id) });
  return slots.map((s) => ({
    slotId: s.id,
    label: s.label,
    staffId: s.staff_id === null ? null : Number(s.staff_id),
    staffName: s.staff_name,
    districtCode: s.district_code,
    pmlSlotId: s.supervisor_slot_id === null ? null : Number(s.supervisor_slot_id),
    onSiteDays: s.on_site_days,
    active: s.active,
    shares: shares.get(s.id) ?? [],
  }));
}

/** The shares of slots with the families each slot's person finished of each SLS, in SLS order. */
async function listShares(db: Db, { planId, operationId, slotIds }: { planId: number; operationId: number; slotIds: readonly number[] }) {
  const rows = rowsOf<{ slot_id: number; sls_code: string; village_code: string | null; families: number; version: number; done: number | string }>(await db.execute(sql`
    select a.slot_id, a.sls_code, w.village_code, a.families, a.version,
           (select count(*) from ${interviewFamilies} f
             where f.operation_id = ${operationId} and f.sls_code = a.sls_code and f.ppl_staff_id = s.staff_id and f.outcome in (${finals})) as done
      from ${assignments} a
      join ${planSlots} s on s.id = a.slot_id
      left join ${workloads} w on w.operation_id = ${operationId} and w.sls_code = a.sls_code
     where a.plan_id = ${planId} and a.slot_id in (select value::int from json_array_elements_text(${json(slotIds)}))
     order by a.slot_id, a.sls_code`));
  const bySlot = new Map<number, PplSlotState['shares']>();
  for (const r of rows) {
    const list = bySlot.get(Number(r.slot_id)) ?? [];
    // An SLS the frame no longer has keeps the village its code names.
    list.push({ slsCode: r.sls_code, villageCode: r.village_code ?? r.sls_code.split('.').slice(0, 4).join('.'), families: r.families, version: r.version, doneFamilies: Number(r.done) });
    bySlot.set(Number(r.slot_id), list);
  }
  return bySlot;
}

/** Roll-up rows of the given PPL (staff ids) up to `asOf`, by person. */
export async function listPplDays(db: Db, { operationId, staffIds, asOf }: { operationId: number; staffIds: readonly number[]; asOf: string }): Promise<Map<number, CoverageDay[]>> {
  const byPpl = new Map<number, CoverageDay[]>();
  if (staffIds.length === 0) return byPpl;
  const rows = rowsOf<{ ppl_staff_id: number; visit_date: string; completed: number; refused: number; not_home: number; moved: number; not_found: number }>(await db.execute(sql`
    select ppl_staff_id, visit_date::text as visit_date, completed, refused, not_home, moved, not_found from ${coveragePplDaily}
     where operation_id = ${operationId} and visit_date <= ${asOf}
       and ppl_staff_id in (select value::int from json_array_elements_text(${json(staffIds)}))
     order by ppl_staff_id, visit_date`));
  for (const r of rows) {
    const days = byPpl.get(Number(r.ppl_staff_id)) ?? [];
    days.push({ visitDate: r.visit_date, completed: r.completed, refused: r.refused, notHome: r.not_home, moved: r.moved, notFound: r.not_found });
    byPpl.set(Number(r.ppl_staff_id), days);
  }
  return byPpl;
}

/** Records flagged "outside assignment" credited to each of the given PPL (staff ids). */
export async function countOutsideRecords(db: Db, { operationId, staffIds }: { operationId: number; staffIds: readonly number[] }): Promise<Map<number, number>> {
  if (staffIds.length === 0) return new Map();
  const rows = rowsOf<{ ppl_staff_id: number; n: number | string }>(await db.execute(sql`
    select ppl_staff_id, count(*) as n from ${interviews}
     where operation_id = ${operationId} and outside_assignment
       and ppl_staff_id in (select value::int from json_array_elements_text(${json(staffIds)}))
     group by ppl_staff_id`));
  return new Map(rows.map((r) => [Number(r.ppl_staff_id), Number(r.n)]));
}

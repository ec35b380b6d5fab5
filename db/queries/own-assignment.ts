import 'server-only';
import { sql } from 'drizzle-orm';
import type { ViewerScope } from '@/lib/auth/scope';
import { operationParamsSchema, type OperationParams } from '@/lib/operations/params';
import type { CharterKind } from '@/lib/planning/types';
import type { AccessMode } from '@/lib/workload/types';
import type { Db } from '../client';
import { rowsOf } from '../rows';
import { charters, planAdoptions, planSlots, plans, staff, workloads } from '../schema';
import { insideScope, visibleSlot } from './scope';

// Tugas saya's reads: a PPL's own slots (visibleSlot lets a PPL see only theirs), the supervisor of such a slot, and
// the access and charters of the villages they work in.

const json = (rows: unknown) => sql`${JSON.stringify(rows)}::json`;

/** A PPL slot of the viewer's own roster person in a saved plan. */
export interface OwnPplSlot {
  slotId: number;
  districtCode: string;
  plan: { id: number; name: string; version: number; areaCode: string; params: OperationParams };
  /** the plan in force over the slot's kecamatan (the deepest adoption holding it); null when none is adopted */
  inForcePlanId: number | null;
}

/** The viewer's own PPL slots in the operation's saved plans, newest plan first; none for a viewer who is no PPL. */
export async function listOwnPplSlots(db: Db, scope: ViewerScope, operationId: number): Promise<OwnPplSlot[]> {
  if (scope.role !== 'ppl' || scope.staffId === null) return [];
  const rows = rowsOf<{ slot_id: number; district_code: string; plan_id: number; name: string; version: number; area_code: string; params: unknown; in_force: number | null }>(await db.execute(sql`
    select ${planSlots.id} as slot_id, ${planSlots.districtCode} as district_code, ${plans.id} as plan_id, ${plans.name} as name,
           ${plans.version} as version, ${plans.areaCode} as area_code, ${plans.params} as params,
           (select pa.plan_id from ${planAdoptions} pa
             where pa.operation_id = ${operationId}
               and (pa.area_code = 'ID' or ${planSlots.districtCode} = pa.area_code or starts_with(${planSlots.districtCode}, pa.area_code || '.'))
             order by length(pa.area_code) desc limit 1) as in_force
      from ${planSlots}
      join ${plans} on ${plans.id} = ${planSlots.planId}
     where ${plans.operationId} = ${operationId} and ${plans.status} = 'saved' and ${planSlots.role} = 'ppl' and ${visibleSlot(scope)}
     order by ${plans.id} desc`));
  return rows.map((r) => ({
    slotId: Number(r.slot_id),
    districtCode: r.district_code,
    plan: { id: Number(r.plan_id), name: r.name, version: r.version, areaCode: r.area_code, params: operationParamsSchema.parse(typeof r.params === 'string' ? JSON.parse(r.params) : r.params) },
    inForcePlanId: r.in_force === null ? null : Number(r.in_force),
  }));
}

/** The plan in force over `areaCode` (the deepest adoption holding it) with its name; null when none is adopted. */
export async function getPlanInForceOver(db: Db, { operationId, areaCode }: { operationId: number; areaCode: string }): Promise<{ id: number; name: string; version: number } | null> {
  const [row] = rowsOf<{ id: number; name: string; version: number }>(await db.execute(sql`
    select p.id, p.name, p.version from ${planAdoptions} pa join ${plans} p on p.id = pa.plan_id
     where pa.operation_id = ${operationId} and (pa.area_code = 'ID' or ${areaCode} = pa.area_code or starts_with(${areaCode}, pa.area_code || '.'))
     order by length(pa.area_code) desc limit 1`));
  return row ? { id: Number(row.id), name: row.name, version: row.version } : null;
}

/** The PML over a slot the viewer may see, with their person's name and phone; null without one (or an unseen slot). */
export async function getSlotSupervisor(db: Db, scope: ViewerScope, slotId: number): Promise<{ label: string; name: string | null; phone: string | null } | null> {
  const [row] = rowsOf<{ label: string; name: string | null; phone: string | null }>(await db.execute(sql`
    select lead.label, person.name, person.phone
      from ${planSlots} lead
      left join ${staff} person on person.id = lead.staff_id
     where lead.id = (select ${planSlots.supervisorSlotId} from ${planSlots} where ${planSlots.id} = ${slotId} and ${visibleSlot(scope)})`));
  return row ?? null;
}

/** How a village is reached from its kecamatan's base, as the workload says. */
export interface VillageAccess {
  villageCode: string;
  accessMode: AccessMode;
  travelDaysOneWay: number;
  localStaff: boolean;
}

/** Access of the given villages in the operation's workload (one row each). */
export async function listVillageAccess(db: Db, { operationId, villageCodes }: { operationId: number; villageCodes: readonly string[] }): Promise<VillageAccess[]> {
  if (villageCodes.length === 0) return [];
  const rows = rowsOf<{ village_code: string; access_mode: AccessMode; travel_days_one_way: number; local_staff: boolean }>(await db.execute(sql`
    select distinct on (village_code) village_code, access_mode, travel_days_one_way, local_staff from ${workloads}
     where operation_id = ${operationId} and village_code in (select value from json_array_elements_text(${json(villageCodes)}))
     order by village_code, travel_days_one_way desc`));
  return rows.map((r) => ({ villageCode: r.village_code, accessMode: r.access_mode, travelDaysOneWay: r.travel_days_one_way, localStaff: r.local_staff }));
}

/** A plan's dated boat or plane legs to the given villages inside the viewer's areas, by date (costs left out). */
export async function listVillageCharters(db: Db, scope: ViewerScope, { planId, villageCodes }: { planId: number; villageCodes: readonly string[] }): Promise<{ villageCode: string; mode: AccessMode; kind: CharterKind; tripDate: string }[]> {
  if (villageCodes.length === 0) return [];
  const rows = rowsOf<{ village_code: string; mode: AccessMode; kind: CharterKind; trip_date: string }>(await db.execute(sql`
    select ${charters.villageCode} as village_code, ${charters.mode} as mode, ${charters.kind} as kind, ${charters.tripDate}::text as trip_date from ${charters}
     where ${charters.planId} = ${planId} and ${charters.villageCode} in (select value from json_array_elements_text(${json(villageCodes)}))
       and ${insideScope(scope, charters.villageCode)}
     order by ${charters.tripDate}, ${charters.villageCode}, ${charters.kind}`));
  return rows.map((r) => ({ villageCode: r.village_code, mode: r.mode, kind: r.kind, tripDate: r.trip_date }));
}

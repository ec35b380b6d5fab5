import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { countryCode, isWithin } from '@/lib/areas/codes';
import type { Role } from '@/lib/auth/permissions';
import { plansInForce } from '@/lib/coverage/plans-in-force';
import type { OperationParams } from '@/lib/operations/params';
import type { SlotShare } from '@/lib/simulation/territories-from-shares';
import { needsTravelLegs } from '@/lib/workload/remote';
import type { AccessMode } from '@/lib/workload/types';
import type { Db } from '../client';
import { rowsOf } from '../rows';
import { listAdoptedPlans } from './coverage';
import type { SimulationSlot as LibSimulationSlot } from '@/lib/simulation/simulation-input';

// The fieldwork simulator's reads: the PPL of the plans in force with their shares, and who may record a dropout.

/** A PPL slot of a plan in force as read here: the simulator's, its dropout SLS filled in. */
export type SimulationSlot = LibSimulationSlot & { dropoutSls: string[] };

export interface SimulationPlan {
  planId: number;
  params: OperationParams;
  slots: SimulationSlot[];
  shares: SlotShare[];
}

/**
 * The plans in force over `areaCode` (the country, a province or a kabupaten) with their PPL slots held by someone in
 * kecamatan inside the area where that plan is the one in force, and those slots' shares of SLS.
 */
export async function listSimulationPlans(db: Db, { operationId, areaCode }: { operationId: number; areaCode: string }): Promise<SimulationPlan[]> {
  const adopted = await listAdoptedPlans(db, { operationId, areaCode });
  const plans: SimulationPlan[] = [];
  for (const plan of plansInForce({ areaCode, adopted })) {
    const rows = rowsOf<{ slot_id: number; label: string; staff_id: number; supervisor_slot_id: number | null; district_code: string; on_site_days: number; from_date: string | null; sls_code: string; families: number; access_mode: AccessMode | null; local_staff: boolean | null }>(
      await db.execute(sql`
        select s.id as slot_id, s.label, s.staff_id, s.supervisor_slot_id, s.district_code, s.on_site_days, d.from_date::text as from_date,
               a.sls_code, a.families, w.access_mode, w.local_staff
          from plan_slots s
          join assignments a on a.plan_id = s.plan_id and a.slot_id = s.id
          left join workloads w on w.operation_id = ${operationId} and w.sls_code = a.sls_code
          left join slot_dropouts d on d.slot_id = s.id
         where s.plan_id = ${plan.planId} and s.role = 'ppl' and s.staff_id is not null
         order by s.id, a.sls_code`),
    );
    const inside = (district: string) => (areaCode === countryCode || isWithin(district, areaCode)) && !plan.exceptAreas.some((area) => isWithin(district, area));
    const slots = new Map<number, SimulationSlot>();
    const shares: SlotShare[] = [];
    for (const r of rows.filter((row) => inside(row.district_code))) {
      const slotId = Number(r.slot_id);
      const slot = slots.get(slotId) ?? { slotId, label: r.label, staffId: Number(r.staff_id), supervisorSlotId: r.supervisor_slot_id === null ? null : Number(r.supervisor_slot_id), districtCode: r.district_code, onSiteDays: r.on_site_days, remote: false, dropoutFrom: r.from_date, dropoutSls: [] };
      slot.remote ||= r.access_mode !== null && needsTravelLegs({ accessMode: r.access_mode, localStaff: r.local_staff ?? false });
      slots.set(slotId, slot);
      shares.push({ slotId, slsCode: r.sls_code, families: r.families });
    }
    for (const [slotId, slsCodes] of await listDropoutSls(db, plan.planId)) slots.get(slotId)?.dropoutSls.push(...slsCodes);
    plans.push({ planId: plan.planId, params: adopted.find((a) => a.planId === plan.planId)!.params, slots: [...slots.values()], shares });
  }
  return plans;
}

/** What a dropout's audit entry keeps of the work it held (apply-dropout.ts writes it): the SLS, read here. */
const dropoutBefore = z.object({ shares: z.array(z.object({ slsCode: z.string() })).default([]) }).nullable();

/** The SLS each dropout of a plan held when it was recorded, from its audit entry ('ppl.dropout', before.shares). */
async function listDropoutSls(db: Db, planId: number): Promise<Map<number, string[]>> {
  const rows = rowsOf<{ entity_id: string; before: unknown }>(await db.execute(sql`
    select entity_id, before from audit_log where action = 'ppl.dropout' and entity = 'slot' and plan_id = ${planId}`));
  return new Map(rows.map((r) => {
    const before = dropoutBefore.parse(typeof r.before === 'string' ? JSON.parse(r.before) : r.before);
    return [Number(r.entity_id), (before?.shares ?? []).map((s) => s.slsCode)];
  }));
}

/** True when a dropout is recorded on any plan in force of the operation (the simulator makes one at most). */
export async function hasDropoutInForce(db: Db, operationId: number): Promise<boolean> {
  const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`
    select count(*) as n from slot_dropouts d join plan_adoptions pa on pa.plan_id = d.plan_id where pa.operation_id = ${operationId}`));
  return Number(row?.n ?? 0) > 0;
}

/** Slots of these plans held by people who sign in: PML slots (their team sees a dropout) and PPL slots. */
export async function listSlotsWithAccounts(db: Db, planIds: readonly number[]): Promise<{ slotId: number; role: string }[]> {
  if (planIds.length === 0) return [];
  const rows = rowsOf<{ id: number; role: string }>(await db.execute(sql`
    select s.id, s.role from plan_slots s join users u on u.staff_id = s.staff_id
     where s.plan_id in (${sql.join(planIds.map((id) => sql`${id}`), sql`, `)}) and not u.disabled`));
  return rows.map((r) => ({ slotId: Number(r.id), role: r.role }));
}

/**
 * Who records a dropout in kecamatan `districtCode`: its KOSEKA's account, else an office head's whose areas hold
 * it (the first by username); null when the database has neither.
 */
export async function findDropoutRecorder(db: Db, districtCode: string): Promise<{ userId: string; role: Role; areaCodes: string[] } | null> {
  const rows = rowsOf<{ id: string; role: Role; area_code: string }>(await db.execute(sql`
    select u.id, u.role::text as role, ua.area_code from users u join user_areas ua on ua.user_id = u.id
     where not u.disabled and u.role in ('koseka', 'office_head')
     order by (u.role = 'koseka') desc, u.username`));
  const chosen = rows.find((r) => isWithin(districtCode, r.area_code) && (r.role === 'koseka' ? r.area_code === districtCode : true));
  if (!chosen) return null;
  return { userId: chosen.id, role: chosen.role, areaCodes: rows.filter((r) => r.id === chosen.id).map((r) => r.area_code) };
}

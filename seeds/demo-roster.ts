import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { auditLog, staff, users } from '@/db/schema';
import { ancestorCode } from '@/lib/areas/codes';
import { demoAccounts, demoKelurahan } from '@/lib/auth/demo-accounts';
import { simulationSeed } from '@/lib/simulation/simulate-fieldwork';
import { placeInTeam, simulatedRoster, type RosterSlot } from '@/lib/simulation/simulated-roster';
import { needsTravelLegs } from '@/lib/workload/remote';
import type { AccessMode } from '@/lib/workload/types';

const json = (rows: unknown) => sql`${JSON.stringify(rows)}::json`;

/** A saved plan's slots as the made-up roster needs them: role, kecamatan, PML, villages worked, charter or not. */
async function listRosterSlots(db: Db, { operationId, planId }: { operationId: number; planId: number }): Promise<(RosterSlot & { staffId: number | null })[]> {
  const rows = rowsOf<{ id: number; role: RosterSlot['role']; district_code: string; supervisor_slot_id: number | null; staff_id: number | null; sls_code: string | null; access_mode: AccessMode | null; local_staff: boolean | null }>(
    await db.execute(sql`
      select s.id, s.role, s.district_code, s.supervisor_slot_id, s.staff_id, a.sls_code, w.access_mode, w.local_staff
        from plan_slots s
        left join assignments a on a.plan_id = s.plan_id and a.slot_id = s.id
        left join workloads w on w.operation_id = ${operationId} and w.sls_code = a.sls_code
       where s.plan_id = ${planId}
       order by s.id, a.sls_code`),
  );
  const slots = new Map<number, RosterSlot & { staffId: number | null; villageCodes: string[] }>();
  for (const r of rows) {
    const id = Number(r.id);
    const slot = slots.get(id) ?? { slotId: id, role: r.role, districtCode: r.district_code, supervisorSlotId: r.supervisor_slot_id === null ? null : Number(r.supervisor_slot_id), staffId: r.staff_id === null ? null : Number(r.staff_id), villageCodes: [], remote: false };
    slots.set(id, slot);
    if (r.sls_code === null) continue;
    const village = ancestorCode(r.sls_code, 'desa');
    if (!slot.villageCodes.includes(village)) slot.villageCodes.push(village);
    slot.remote ||= r.access_mode !== null && needsTravelLegs({ accessMode: r.access_mode, localStaff: r.local_staff ?? false });
  }
  return [...slots.values()];
}

/** The roster people behind the demo's PML and PPL accounts (Rina Wulandari, Agus Setiawan), by role. */
async function demoAccountStaff(db: Db): Promise<{ pml?: number; ppl?: number }> {
  const usernames = demoAccounts.filter((a) => a.roster).map((a) => a.username);
  const rows = await db.select({ role: users.role, staffId: users.staffId }).from(users).where(inArray(users.username, usernames));
  return Object.fromEntries(rows.filter((r) => r.staffId !== null).map((r) => [r.role, r.staffId!]));
}

/**
 * Staffs a saved demo plan: the demo's PPL account person in a territory of her own kelurahan and the PML account
 * person leading that team (in the plan of the region holding it), and a made-up person (lib simulatedRoster) in
 * every other slot, all in the roster of the operation. Audited as one roster fill. Returns the people placed.
 */
export async function staffDemoPlan(db: Db, { operationId, planId, userId }: { operationId: number; planId: number; userId: string | null }): Promise<number> {
  const slots = await listRosterSlots(db, { operationId, planId });
  const open = slots.filter((s) => s.staffId === null);
  const fills: { slotId: number; staffId: number }[] = [];
  const accounts = await demoAccountStaff(db);
  const pair = placeInTeam({ slots: open, homeVillageCode: demoKelurahan });
  if (pair && accounts.ppl !== undefined && accounts.pml !== undefined) {
    fills.push({ slotId: pair.pplSlotId, staffId: accounts.ppl }, { slotId: pair.pmlSlotId, staffId: accounts.pml });
  }
  const known = await db.select({ name: staff.name, home: staff.homeAreaCode }).from(staff).where(eq(staff.operationId, operationId));
  const people = simulatedRoster({ slots: open, seed: simulationSeed, filled: new Set(fills.map((f) => f.slotId)), takenNames: new Set(known.map((k) => `${k.name.toLowerCase()}|${k.home}`)) });
  for (let i = 0; i < people.length; i += 2000) {
    const batch = people.slice(i, i + 2000);
    const ids = await db.insert(staff).values(batch.map((p) => ({ operationId, name: p.name, role: p.role, homeAreaCode: p.homeVillageCode, phone: null }))).returning({ id: staff.id });
    batch.forEach((p, k) => fills.push({ slotId: p.slotId, staffId: ids[k]!.id }));
  }
  if (fills.length === 0) return 0;
  await db.execute(sql`
    update plan_slots s set staff_id = f."staffId"
      from json_to_recordset(${json(fills)}) as f("slotId" int, "staffId" int)
     where s.plan_id = ${planId} and s.id = f."slotId"`);
  await db.insert(auditLog).values({ userId, action: 'roster.fill', entity: 'plan', entityId: String(planId), planId, after: { fills: fills.length, simulated: true } });
  return fills.length;
}

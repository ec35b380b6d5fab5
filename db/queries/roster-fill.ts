import 'server-only';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Candidate, SlotFill, SlotToFill } from '@/lib/staff/fill-slots';
import { rowsOf } from '../rows';
import type { Db } from '../client';
import { auditLog, charters, planSlots, plans, staff } from '../schema';

/** A plan's slots as the roster filler sees them: villages worked and whether the territory is remote. */
export async function listSlotsToFill(db: Db, planId: number, operationId: number): Promise<SlotToFill[]> {
  const result = await db.execute(sql`
    select s.id, s.role, s.district_code,
           coalesce(array_agg(distinct left(a.sls_code, 13)) filter (where a.sls_code is not null), '{}') as villages,
           coalesce(bool_or(w.access_mode in ('boat', 'plane') and not w.local_staff), false) as remote
      from ${planSlots} s
      left join assignments a on a.slot_id = s.id
      left join workloads w on w.operation_id = ${operationId} and w.sls_code = a.sls_code
     where s.plan_id = ${planId} and s.staff_id is null
     group by s.id, s.role, s.district_code`);
  return rowsOf<{ id: number; role: SlotToFill['role']; district_code: string; villages: string[] | string; remote: boolean }>(result).map((r) => ({
    slotId: Number(r.id),
    role: r.role,
    districtCode: r.district_code,
    villageCodes: Array.isArray(r.villages) ? r.villages : r.villages.replace(/^\{|\}$/g, '').split(',').filter(Boolean),
    remote: r.remote,
  }));
}

/** Active roster people of the operation not yet holding a slot in this plan. */
export async function listFreeCandidates(db: Db, planId: number, operationId: number): Promise<Candidate[]> {
  const taken = db.select({ id: planSlots.staffId }).from(planSlots).where(and(eq(planSlots.planId, planId), isNotNull(planSlots.staffId)));
  const rows = await db
    .select({ staffId: staff.id, role: staff.role, homeVillageCode: staff.homeAreaCode })
    .from(staff)
    .where(and(eq(staff.operationId, operationId), eq(staff.status, 'active'), sql`${staff.id} not in ${taken}`));
  return rows.filter((r): r is Candidate => r.homeVillageCode !== null);
}

/**
 * Writes the fills in one transaction with an audit entry, then drops the in/out charter legs of remote villages
 * whose every territory is now worked by a local recruit. Returns the charter cost saved (rupiah).
 */
export async function applyFills(db: Db, planId: number, fills: readonly SlotFill[], userId: string | null): Promise<number> {
  return db.transaction(async (tx) => {
    for (const fill of fills) {
      await tx.update(planSlots).set({ staffId: fill.staffId }).where(and(eq(planSlots.id, fill.slotId), eq(planSlots.planId, planId)));
    }
    await tx.insert(auditLog).values({ userId, action: 'roster.fill', entity: 'plan', entityId: String(planId), after: { fills: fills.length } });
    const stillTravelling = sql`select left(a.sls_code, 13) from assignments a
      join ${planSlots} s on s.id = a.slot_id
      left join ${staff} p on p.id = s.staff_id
      where a.plan_id = ${planId} and (p.home_area_code is null or p.home_area_code <> left(a.sls_code, 13))`;
    const dropped = await tx
      .delete(charters)
      .where(and(eq(charters.planId, planId), inArray(charters.kind, ['inbound', 'outbound']), sql`${charters.villageCode} not in (${stillTravelling})`))
      .returning({ costRupiah: charters.costRupiah });
    const saved = dropped.reduce((s, c) => s + Number(c.costRupiah), 0);
    if (saved > 0) {
      await tx.execute(sql`update ${plans} set summary = jsonb_set(jsonb_set(jsonb_set(summary,
        '{budget,chartersRupiah}', to_jsonb((summary #>> '{budget,chartersRupiah}')::bigint - ${saved})),
        '{budget,totalRupiah}', to_jsonb((summary #>> '{budget,totalRupiah}')::bigint - ${saved})),
        '{charterLegs}', to_jsonb((summary ->> 'charterLegs')::int - ${dropped.length}))
        where id = ${planId}`);
    }
    return saved;
  });
}

import 'server-only';
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { dropLocalTravellers } from '@/lib/charters/pooling/drop-local-travellers';
import type { OperationParams } from '@/lib/operations/params';
import type { Candidate, SlotFill, SlotToFill } from '@/lib/staff/fill-slots';
import { needsTravelLegs, travelLegKinds } from '@/lib/workload/remote';
import type { Db } from '../client';
import { assignments, charters, charterTrips, planSlots, staff, workloads } from '../schema';

/**
 * A plan's open slots as the roster filler sees them: the villages each works (from the workload, not from the
 * SLS code) and whether any needs charter legs in and out (lib/workload/remote.ts).
 */
export async function listSlotsToFill(db: Db, planId: number, operationId: number): Promise<SlotToFill[]> {
  const rows = await db
    .select({
      slotId: planSlots.id,
      role: planSlots.role,
      districtCode: planSlots.districtCode,
      villageCode: workloads.villageCode,
      accessMode: workloads.accessMode,
      localStaff: workloads.localStaff,
    })
    .from(planSlots)
    .leftJoin(assignments, and(eq(assignments.planId, planId), eq(assignments.slotId, planSlots.id)))
    .leftJoin(workloads, and(eq(workloads.operationId, operationId), eq(workloads.slsCode, assignments.slsCode)))
    .where(and(eq(planSlots.planId, planId), isNull(planSlots.staffId)))
    .groupBy(planSlots.id, planSlots.role, planSlots.districtCode, workloads.villageCode, workloads.accessMode, workloads.localStaff)
    .orderBy(asc(planSlots.id));
  const slots = new Map<number, SlotToFill & { villageCodes: string[] }>();
  for (const row of rows) {
    const slot = slots.get(row.slotId) ?? { slotId: row.slotId, role: row.role, districtCode: row.districtCode, villageCodes: [], remote: false };
    slots.set(row.slotId, slot);
    if (row.villageCode === null || row.accessMode === null || row.localStaff === null) continue;
    if (!slot.villageCodes.includes(row.villageCode)) slot.villageCodes.push(row.villageCode);
    slot.remote ||= needsTravelLegs({ accessMode: row.accessMode, localStaff: row.localStaff });
  }
  return [...slots.values()];
}

/** Active roster people of the operation with a home village, not yet holding a slot in this plan. */
export async function listFreeCandidates(db: Db, planId: number, operationId: number): Promise<Candidate[]> {
  const taken = db.select({ id: planSlots.staffId }).from(planSlots).where(and(eq(planSlots.planId, planId), isNotNull(planSlots.staffId)));
  const rows = await db
    .select({ staffId: staff.id, role: staff.role, homeVillageCode: staff.homeAreaCode })
    .from(staff)
    .where(and(eq(staff.operationId, operationId), eq(staff.status, 'active'), isNotNull(staff.homeAreaCode), sql`${staff.id} not in ${taken}`))
    .orderBy(asc(staff.id));
  return rows.filter((r): r is Candidate => r.homeVillageCode !== null);
}

/** Puts each filled slot's person in it (the plan's unique index refuses one person in two slots). */
export async function assignSlots(db: Db, planId: number, fills: readonly SlotFill[]): Promise<void> {
  for (const fill of fills) {
    await db.update(planSlots).set({ staffId: fill.staffId }).where(and(eq(planSlots.id, fill.slotId), eq(planSlots.planId, planId)));
  }
}

/**
 * Drops the in and out charter legs of villages whose every SLS is now worked by a PPL living there; the village of
 * an SLS comes from the workload. Returns the legs dropped.
 */
export async function dropLocalTravelLegs(db: Db, planId: number, operationId: number): Promise<{ legs: number; costRupiah: number }> {
  const localVillages = db
    .select({ villageCode: workloads.villageCode })
    .from(assignments)
    .innerJoin(workloads, and(eq(workloads.operationId, operationId), eq(workloads.slsCode, assignments.slsCode)))
    .innerJoin(planSlots, eq(planSlots.id, assignments.slotId))
    .leftJoin(staff, eq(staff.id, planSlots.staffId))
    .where(and(eq(assignments.planId, planId), sql`${workloads.villageCode} in (select ${charters.villageCode} from ${charters} where ${charters.planId} = ${planId})`))
    .groupBy(workloads.villageCode)
    .having(sql`bool_and(${staff.homeAreaCode} is not distinct from ${workloads.villageCode})`);
  const dropped = await db
    .delete(charters)
    .where(and(eq(charters.planId, planId), inArray(charters.kind, travelLegKinds), inArray(charters.villageCode, localVillages)))
    .returning({ costRupiah: charters.costRupiah });
  return { legs: dropped.length, costRupiah: dropped.reduce((s, c) => s + Number(c.costRupiah), 0) };
}

/**
 * Takes PPL now filled by a person living in their village off the trips in and out of it, prices the trips again
 * and drops those nobody rides (lib/charters/pooling/drop-local-travellers.ts). Returns the legs and rupiah saved.
 */
export async function dropLocalTripTravellers(db: Db, planId: number, params: OperationParams): Promise<{ legs: number; costRupiah: number }> {
  const trips = await db.select().from(charterTrips).where(and(eq(charterTrips.planId, planId), inArray(charterTrips.kind, travelLegKinds)));
  if (trips.length === 0) return { legs: 0, costRupiah: 0 };
  const homes = await db
    .select({ label: planSlots.label, home: staff.homeAreaCode })
    .from(planSlots)
    .innerJoin(staff, eq(staff.id, planSlots.staffId))
    .where(and(eq(planSlots.planId, planId), eq(planSlots.role, 'ppl'), isNotNull(staff.homeAreaCode)));
  const homeOf = new Map(homes.map((h) => [h.label, h.home!]));
  const dropped = dropLocalTravellers({ trips, homeOf, params });
  const byLabel = new Map(trips.map((t) => [t.label, t.id]));
  if (dropped.removed.length > 0) await db.delete(charterTrips).where(and(eq(charterTrips.planId, planId), inArray(charterTrips.label, dropped.removed)));
  for (const trip of dropped.changed) {
    await db.update(charterTrips).set({ stops: trip.stops, seatsUsed: trip.seatsUsed, costRupiah: trip.costRupiah }).where(eq(charterTrips.id, byLabel.get(trip.label)!));
  }
  return { legs: dropped.legsSaved, costRupiah: dropped.rupiahSaved };
}

/** The charter legs a plan still has (per-village legs of older plans, legs of trips) and what they cost (rupiah). */
export async function sumPlanCharters(db: Db, planId: number): Promise<{ legs: number; costRupiah: number; trips: number }> {
  const [legs] = await db
    .select({ legs: sql<number>`count(*)`.mapWith(Number), costRupiah: sql<number>`coalesce(sum(${charters.costRupiah}), 0)`.mapWith(Number) })
    .from(charters)
    .where(eq(charters.planId, planId));
  const [trips] = await db
    .select({
      trips: sql<number>`count(*)`.mapWith(Number),
      legs: sql<number>`coalesce(sum(${charterTrips.legs}), 0)`.mapWith(Number),
      costRupiah: sql<number>`coalesce(sum(${charterTrips.costRupiah}), 0)`.mapWith(Number),
    })
    .from(charterTrips)
    .where(eq(charterTrips.planId, planId));
  return { legs: (legs?.legs ?? 0) + (trips?.legs ?? 0), costRupiah: (legs?.costRupiah ?? 0) + (trips?.costRupiah ?? 0), trips: trips?.trips ?? 0 };
}

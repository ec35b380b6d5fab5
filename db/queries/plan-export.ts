import 'server-only';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ViewerScope } from '@/lib/auth/scope';
import { readTerritoryFlag } from '@/lib/planning/stored-notes';
import type { Db } from '../client';
import { areas, assignments, planSlots, plans, staff, workloads } from '../schema';
import { visibleSlot } from './scope';

/** Rows an export reads from the database at a time: its memory stays at about this many, whatever the plan. */
export const exportPageSize = 5000;

const supervisor = alias(planSlots, 'supervisor');

type AssignmentKey = { slsCode: string; slotId: number };

/**
 * Every SLS of a plan in slots the viewer may see (an SLS split between two PPL: a row each, with their families), with
 * its village (the workload's), PPL, PML and kecamatan, in SLS order: the export's assignment sheet. `after` and
 * `limit` read one page of it (keyset on the primary key, so a page costs the same anywhere in a national plan).
 */
export async function listAssignmentRows(db: Db, scope: ViewerScope, planId: number, { after, limit }: { after?: AssignmentKey; limit?: number } = {}) {
  const query = db
    .select({
      slsCode: assignments.slsCode,
      slotId: assignments.slotId,
      villageName: areas.name,
      families: assignments.families,
      ppl: planSlots.label,
      pplName: staff.name,
      pml: supervisor.label,
      districtCode: planSlots.districtCode,
      familiesPerDay: planSlots.familiesPerDay,
      startDate: planSlots.startDate,
      endDate: planSlots.endDate,
    })
    .from(assignments)
    .innerJoin(plans, eq(plans.id, assignments.planId))
    .innerJoin(planSlots, eq(planSlots.id, assignments.slotId))
    .leftJoin(supervisor, eq(supervisor.id, planSlots.supervisorSlotId))
    .leftJoin(staff, eq(staff.id, planSlots.staffId))
    .leftJoin(workloads, and(eq(workloads.operationId, plans.operationId), eq(workloads.slsCode, assignments.slsCode)))
    .leftJoin(areas, eq(areas.code, workloads.villageCode))
    .where(and(eq(assignments.planId, planId), visibleSlot(scope), after ? sql`(${assignments.slsCode}, ${assignments.slotId}) > (${after.slsCode}, ${after.slotId})` : undefined))
    .orderBy(asc(assignments.slsCode), asc(assignments.slotId));
  return limit === undefined ? query : query.limit(limit);
}

export type AssignmentRow = Awaited<ReturnType<typeof listAssignmentRows>>[number];

/** The assignment sheet's rows, read a page at a time as the caller takes them. */
export async function* pageAssignmentRows(db: Db, scope: ViewerScope, planId: number, pageSize = exportPageSize): AsyncGenerator<AssignmentRow> {
  let after: AssignmentKey | undefined;
  for (;;) {
    const page = await listAssignmentRows(db, scope, planId, { after, limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    after = page.at(-1)!;
  }
}

/** How many assignment rows each kabupaten of a plan has, in code order: how the export splits its sheets. */
export async function countAssignmentsByRegency(db: Db, scope: ViewerScope, planId: number): Promise<{ regencyCode: string; rows: number }[]> {
  const regency = sql<string>`left(${assignments.slsCode}, 5)`;
  const rows = await db
    .select({ regencyCode: regency, rows: count() })
    .from(assignments)
    .innerJoin(planSlots, eq(planSlots.id, assignments.slotId))
    .where(and(eq(assignments.planId, planId), visibleSlot(scope)))
    .groupBy(regency)
    .orderBy(regency);
  return rows.map((r) => ({ regencyCode: r.regencyCode, rows: Number(r.rows) }));
}

type SlotKey = { districtCode: string; label: string; id: number };

/** A page of a plan's slots the viewer may see, by kecamatan and label (KOSEKA, PML, PPL), with supervisor and person: the staff sheet. */
export async function listStaffRows(db: Db, scope: ViewerScope, planId: number, { after, limit }: { after?: SlotKey; limit: number }) {
  const rows = await db
    .select({
      id: planSlots.id,
      label: planSlots.label,
      role: planSlots.role,
      districtCode: planSlots.districtCode,
      supervisor: supervisor.label,
      staffName: staff.name,
      families: planSlots.families,
      onSiteDays: planSlots.onSiteDays,
      familiesPerDay: planSlots.familiesPerDay,
      startDate: planSlots.startDate,
      endDate: planSlots.endDate,
      flag: planSlots.flag,
    })
    .from(planSlots)
    .leftJoin(supervisor, eq(supervisor.id, planSlots.supervisorSlotId))
    .leftJoin(staff, eq(staff.id, planSlots.staffId))
    .where(and(eq(planSlots.planId, planId), visibleSlot(scope), after ? sql`(${planSlots.districtCode}, ${planSlots.label}, ${planSlots.id}) > (${after.districtCode}, ${after.label}, ${after.id})` : undefined))
    .orderBy(asc(planSlots.districtCode), asc(planSlots.label), asc(planSlots.id))
    .limit(limit);
  return rows.map((row) => ({ ...row, flag: readTerritoryFlag(row.flag) }));
}

export type StaffRow = Awaited<ReturnType<typeof listStaffRows>>[number];

/** The staff sheet's rows, read a page at a time as the caller takes them. */
export async function* pageStaffRows(db: Db, scope: ViewerScope, planId: number, pageSize = exportPageSize): AsyncGenerator<StaffRow> {
  let after: SlotKey | undefined;
  for (;;) {
    const page = await listStaffRows(db, scope, planId, { after, limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    after = page.at(-1)!;
  }
}

/** The PPL slots of a plan the viewer may see, by label, at most `limit`: whose day-by-day schedules the export writes. */
export async function listPplSlots(db: Db, scope: ViewerScope, planId: number, limit: number) {
  return db
    .select({ id: planSlots.id, label: planSlots.label, onSiteDays: planSlots.onSiteDays })
    .from(planSlots)
    .where(and(eq(planSlots.planId, planId), eq(planSlots.role, 'ppl'), visibleSlot(scope)))
    .orderBy(asc(planSlots.label))
    .limit(limit);
}

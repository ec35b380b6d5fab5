import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { areas, assignments, planSlots, staff } from '../schema';

/** Every SLS of a plan with its PPL, PML and kecamatan: the assignment sheet of the export. */
export async function listAssignmentRows(db: Db, planId: number) {
  return db
    .select({
      slsCode: assignments.slsCode,
      villageName: sql<string>`(select name from ${areas} v where v.code = left(${assignments.slsCode}, 13))`,
      families: assignments.families,
      ppl: planSlots.label,
      pplName: staff.name,
      pml: sql<string>`(select label from ${planSlots} s where s.id = ${planSlots.supervisorSlotId})`,
      districtCode: planSlots.districtCode,
      familiesPerDay: planSlots.familiesPerDay,
      startDate: planSlots.startDate,
      endDate: planSlots.endDate,
    })
    .from(assignments)
    .innerJoin(planSlots, eq(planSlots.id, assignments.slotId))
    .leftJoin(staff, eq(staff.id, planSlots.staffId))
    .where(eq(assignments.planId, planId))
    .orderBy(asc(assignments.slsCode));
}

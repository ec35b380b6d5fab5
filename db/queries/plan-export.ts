import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ViewerScope } from '@/lib/auth/scope';
import type { Db } from '../client';
import { areas, assignments, planSlots, staff } from '../schema';
import { visibleSlot } from './scope';

/** Every SLS of a plan in slots the viewer may see, with its PPL, PML and kecamatan: the export's assignment sheet. */
export async function listAssignmentRows(db: Db, scope: ViewerScope, planId: number) {
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
    .where(and(eq(assignments.planId, planId), visibleSlot(scope)))
    .orderBy(asc(assignments.slsCode));
}

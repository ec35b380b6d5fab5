import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ViewerScope } from '@/lib/auth/scope';
import type { Db } from '../client';
import { areas, assignments, planSlots, plans, staff, workloads } from '../schema';
import { visibleSlot } from './scope';

/** Every SLS of a plan in slots the viewer may see (an SLS split between two PPL: a row each, with their families), with its village (the workload's), PPL, PML and kecamatan: the export's assignment sheet. */
export async function listAssignmentRows(db: Db, scope: ViewerScope, planId: number) {
  return db
    .select({
      slsCode: assignments.slsCode,
      villageName: areas.name,
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
    .innerJoin(plans, eq(plans.id, assignments.planId))
    .innerJoin(planSlots, eq(planSlots.id, assignments.slotId))
    .leftJoin(staff, eq(staff.id, planSlots.staffId))
    .leftJoin(workloads, and(eq(workloads.operationId, plans.operationId), eq(workloads.slsCode, assignments.slsCode)))
    .leftJoin(areas, eq(areas.code, workloads.villageCode))
    .where(and(eq(assignments.planId, planId), visibleSlot(scope)))
    .orderBy(asc(assignments.slsCode), asc(assignments.slotId));
}

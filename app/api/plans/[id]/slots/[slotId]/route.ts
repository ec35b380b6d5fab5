import { NextResponse } from 'next/server';
import { getPlanSlot, listPlanAssignments } from '@/db/queries/plans';
import { visibleSlots } from '@/lib/auth/visible-slots';
import { operationParamsSchema } from '@/lib/operations/params';
import { planIdInput } from '@/lib/operations/plan-request';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';
import { errorResponse, validationError } from '../../../../../_lib/http';
import { gatePlan } from '../../../_lib/plan-gate';

/** GET /api/plans/:id/slots/:slotId: one slot with its SLS and, for a PPL, the day-by-day schedule. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; slotId: string }> }) {
  const raw = await params;
  const gate = await gatePlan(request, 'GET /api/plans/[id]/slots/[slotId]', raw.id);
  if (!gate.ok) return gate.response;
  const slotId = planIdInput.safeParse(raw.slotId);
  if (!slotId.success) return validationError(slotId.error);
  const { db, plan, viewer } = gate;
  const slot = await getPlanSlot(db, plan.id, slotId.data);
  const supervisor = slot?.supervisorSlotId ? await getPlanSlot(db, plan.id, slot.supervisorSlotId) : null;
  // A slot the viewer may not see answers as one that does not exist.
  if (!slot || !visibleSlots(viewer, supervisor ? [slot, supervisor] : [slot]).includes(slot)) return errorResponse(404, 'Rencana atau petugas tidak ditemukan');
  const sls = await listPlanAssignments(db, plan.id, slot.id);
  const schedule = slot.role === 'ppl' ? schedulePpl({ sls, onSiteDays: slot.onSiteDays, workingDays: countWorkingDays({ params: operationParamsSchema.parse(plan.params) }) }) : [];
  return NextResponse.json({ slot, sls, schedule });
}

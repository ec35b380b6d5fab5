import { NextResponse } from 'next/server';
import { getSlotSchedule } from '@/db/use-cases/get-slot-schedule';
import { planIdInput } from '@/lib/operations/plan-request';
import { errorResponse, validationError } from '../../../../../_lib/http';
import { gatePlan } from '../../../_lib/plan-gate';

/** GET /api/plans/:id/slots/:slotId: one slot with its SLS and, for a PPL, the day-by-day schedule. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; slotId: string }> }) {
  const raw = await params;
  const gate = await gatePlan(request, 'GET /api/plans/[id]/slots/[slotId]', raw.id);
  if (!gate.ok) return gate.response;
  const slotId = planIdInput.safeParse(raw.slotId);
  if (!slotId.success) return validationError(request, slotId.error);
  const found = await getSlotSchedule(gate.db, gate.scope, gate.plan, slotId.data);
  // A slot the viewer may not see answers as one that does not exist.
  if (!found) return errorResponse(request, 404, 'planOrSlotNotFound');
  return NextResponse.json(found);
}

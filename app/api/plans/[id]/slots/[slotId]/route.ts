import { NextResponse } from 'next/server';
import { getPlan, getPlanSlot, listPlanAssignments } from '@/db/queries/plans';
import { operationParamsSchema } from '@/lib/operations/params';
import { planIdInput } from '@/lib/operations/plan-request';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';
import { requestDb } from '../../../../../_lib/db';
import { errorResponse, validationError } from '../../../../../_lib/http';

/** GET /api/plans/:id/slots/:slotId: one slot with its SLS and, for a PPL, the day-by-day schedule. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; slotId: string }> }) {
  const raw = await params;
  const id = planIdInput.safeParse(raw.id);
  if (!id.success) return validationError(id.error);
  const slotId = planIdInput.safeParse(raw.slotId);
  if (!slotId.success) return validationError(slotId.error);
  const db = await requestDb();
  const [plan, slot] = await Promise.all([getPlan(db, id.data), getPlanSlot(db, id.data, slotId.data)]);
  if (!plan || !slot) return errorResponse(404, 'Rencana atau petugas tidak ditemukan');
  const sls = await listPlanAssignments(db, plan.id, slot.id);
  const schedule = slot.role === 'ppl' ? schedulePpl({ sls, onSiteDays: slot.onSiteDays, workingDays: countWorkingDays({ params: operationParamsSchema.parse(plan.params) }) }) : [];
  return NextResponse.json({ slot, sls, schedule });
}

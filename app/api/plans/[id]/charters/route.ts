import { NextResponse } from 'next/server';
import { getPlan, listPlanCharters } from '@/db/queries/plans';
import { planIdInput } from '@/lib/operations/plan-request';
import { requestDb } from '../../../../_lib/db';
import { errorResponse, validationError } from '../../../../_lib/http';

/** GET /api/plans/:id/charters: every dated boat or plane leg of the plan, with village, seats and cost. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = planIdInput.safeParse((await params).id);
  if (!id.success) return validationError(id.error);
  const db = await requestDb();
  if (!(await getPlan(db, id.data))) return errorResponse(404, 'Rencana tidak ditemukan');
  return NextResponse.json({ charters: await listPlanCharters(db, id.data) });
}

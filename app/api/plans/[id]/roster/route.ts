import { NextResponse } from 'next/server';
import { applyFills, listFreeCandidates, listSlotsToFill } from '@/db/queries/roster-fill';
import { getPlan } from '@/db/queries/plans';
import { planIdInput } from '@/lib/operations/plan-request';
import { fillSlots } from '@/lib/staff/fill-slots';
import { requestDb } from '../../../../_lib/db';
import { errorResponse, validationError } from '../../../../_lib/http';

/**
 * POST /api/plans/:id/roster: fills the plan's open slots from the roster (home village, then kecamatan; remote
 * territories first) and reports what is still to recruit per kecamatan.
 */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = planIdInput.safeParse((await params).id);
  if (!id.success) return validationError(id.error);
  const db = await requestDb();
  const plan = await getPlan(db, id.data);
  if (!plan) return errorResponse(404, 'Rencana tidak ditemukan');
  if (plan.status !== 'saved') return errorResponse(409, 'Rencana belum selesai disimpan');
  const [slots, candidates] = await Promise.all([listSlotsToFill(db, plan.id, plan.operationId), listFreeCandidates(db, plan.id, plan.operationId)]);
  const result = fillSlots({ slots, candidates });
  const charterSavingRupiah = await applyFills(db, plan.id, result.fills, null);
  return NextResponse.json({
    filled: result.fills.length,
    toRecruit: result.toRecruit,
    unusedStaff: result.unusedStaffIds.length,
    charterSavingRupiah,
  });
}

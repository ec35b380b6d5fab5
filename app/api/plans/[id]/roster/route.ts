import { NextResponse } from 'next/server';
import { applyFills, listFreeCandidates, listSlotsToFill } from '@/db/queries/roster-fill';
import { inScope } from '@/lib/auth/permissions';
import { fillSlots } from '@/lib/staff/fill-slots';
import { errorResponse } from '../../../../_lib/http';
import { gatePlan } from '../../_lib/plan-gate';

/**
 * POST /api/plans/:id/roster: fills the plan's open slots from the roster (home village, then kecamatan; remote
 * territories first) and reports what is still to recruit per kecamatan.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'POST /api/plans/[id]/roster', (await params).id);
  if (!gate.ok) return gate.response;
  const { db, plan, viewer } = gate;
  // Filling a plan places people across all of it: only an office head whose areas hold the whole plan may.
  if (!inScope(viewer, plan.areaCode)) return errorResponse(403, `Rencana ${plan.areaCode} melampaui wilayah kerja Anda`);
  if (plan.status !== 'saved') return errorResponse(409, 'Rencana belum selesai disimpan');
  const [slots, candidates] = await Promise.all([listSlotsToFill(db, plan.id, plan.operationId), listFreeCandidates(db, plan.id, plan.operationId)]);
  const result = fillSlots({ slots, candidates });
  const charterSavingRupiah = await applyFills(db, plan.id, result.fills, viewer.userId);
  return NextResponse.json({
    filled: result.fills.length,
    toRecruit: result.toRecruit,
    unusedStaff: result.unusedStaffIds.length,
    charterSavingRupiah,
  });
}

import { NextResponse } from 'next/server';
import { fillRoster } from '@/db/use-cases/fill-roster';
import { inScope } from '@/lib/auth/permissions';
import { errorResponse } from '../../../../_lib/http';
import { gatePlan } from '../../_lib/plan-gate';

/**
 * POST /api/plans/:id/roster: fills the plan's open slots from the roster (home village, then kecamatan; remote
 * territories first) and reports what is still to recruit per kecamatan. Fills of one plan queue behind each other:
 * a second one at once finds nothing left to fill (`filled: 0`).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'POST /api/plans/[id]/roster', (await params).id);
  if (!gate.ok) return gate.response;
  const { db, plan, viewer } = gate;
  // Filling a plan places people across all of it: only an office head whose areas hold the whole plan may.
  if (!inScope(viewer, plan.areaCode)) return errorResponse(request, 403, 'planBeyondScope', { values: { areaCode: plan.areaCode } });
  const result = await fillRoster(db, { planId: plan.id, userId: viewer.userId });
  // Deleted or given up between the gate and the lock.
  if (!result.ok) return result.status === 'missing' ? errorResponse(request, 404, 'planNotFound') : errorResponse(request, 409, 'planNotSaved', { extra: { status: result.status } });
  const { ok: _ok, ...answer } = result;
  return NextResponse.json(answer);
}

import { NextResponse } from 'next/server';
import { deletePlan } from '@/db/queries/plan-saves';
import { inScope } from '@/lib/auth/permissions';
import { errorResponse } from '../../../_lib/http';
import { listAdoptedPlanIds } from '@/db/queries/plan-adoptions';
import { gatePlan } from '../_lib/plan-gate';

/**
 * GET /api/plans/:id: the plan's status, progress and summary; a failed plan says why (`failure`: 'interrupted'
 * when its save stopped moving, 'error' when writing its rows failed).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'GET /api/plans/[id]', (await params).id);
  if (!gate.ok) return gate.response;
  const { id, name, areaCode, version, status, failure, progressDone, progressTotal, summary, params: planParams, createdAt } = gate.plan;
  const adopted = (await listAdoptedPlanIds(gate.db, gate.plan.operationId)).has(id);
  return NextResponse.json({ plan: { id, name, areaCode, version, status, failure, progressDone, progressTotal, summary, params: planParams, createdAt, adopted } });
}

/**
 * DELETE /api/plans/:id: deletes the plan with its slots, assignments and charters, in any status (a failed or
 * interrupted save included), audited. Only an office head whose areas hold the whole plan area.
 */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'DELETE /api/plans/[id]', (await params).id);
  if (!gate.ok) return gate.response;
  const { db, plan, viewer } = gate;
  if (!inScope(viewer, plan.areaCode)) return errorResponse(request, 403, 'planBeyondScope', { values: { areaCode: plan.areaCode } });
  const deleted = await deletePlan(db, plan.id, viewer.userId);
  if (!deleted) return errorResponse(request, 404, 'planNotFound');
  return NextResponse.json({ deleted: { id: deleted.id, name: deleted.name, areaCode: deleted.areaCode, version: deleted.version } });
}

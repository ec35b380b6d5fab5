import { NextResponse } from 'next/server';
import { adoptPlanInForce } from '@/db/use-cases/adopt-plan';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { operationParamsSchema } from '@/lib/operations/params';
import { inScope } from '@/lib/auth/permissions';
import { errorResponse } from '../../../../_lib/http';
import { gatePlan } from '../../_lib/plan-gate';

/**
 * POST /api/plans/:id/adopt: makes a saved plan the plan in force for its area (coverage measures against it),
 * replacing the area's previous one; audited.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'POST /api/plans/[id]/adopt', (await params).id);
  if (!gate.ok) return gate.response;
  const { db, plan, viewer } = gate;
  // A plan in force binds every PPL of its area: only an office head whose areas hold the whole of it may adopt it.
  if (!inScope(viewer, plan.areaCode)) return errorResponse(request, 403, 'planBeyondScope', { values: { areaCode: plan.areaCode } });
  if (plan.status !== 'saved') return errorResponse(request, 409, 'adoptOnlySaved');
  const calendar = workingCalendar({ params: operationParamsSchema.parse(plan.params) });
  const { previousPlanId } = await adoptPlanInForce(db, { operationId: plan.operationId, areaCode: plan.areaCode, planId: plan.id, userId: viewer.userId, calendar });
  return NextResponse.json({ adoption: { planId: plan.id, areaCode: plan.areaCode, previousPlanId } });
}

import { NextResponse } from 'next/server';
import { listAdoptedPlanIds } from '@/db/queries/plan-adoptions';
import { gatePlan } from '../_lib/plan-gate';

/** GET /api/plans/:id: the plan's status, progress and summary. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'GET /api/plans/[id]', (await params).id);
  if (!gate.ok) return gate.response;
  const { id, name, areaCode, version, status, progressDone, progressTotal, summary, params: planParams, createdAt } = gate.plan;
  const adopted = (await listAdoptedPlanIds(gate.db, gate.plan.operationId)).has(id);
  return NextResponse.json({ plan: { id, name, areaCode, version, status, progressDone, progressTotal, summary, params: planParams, createdAt, adopted } });
}

import { NextResponse } from 'next/server';
import { listPlanCharters } from '@/db/queries/plans';
import { gatePlan } from '../../_lib/plan-gate';

/** GET /api/plans/:id/charters: every dated boat or plane leg of the plan inside the viewer's areas. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'GET /api/plans/[id]/charters', (await params).id);
  if (!gate.ok) return gate.response;
  return NextResponse.json({ charters: await listPlanCharters(gate.db, gate.scope, gate.plan.id) });
}

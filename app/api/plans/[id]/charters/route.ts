import { NextResponse } from 'next/server';
import { getPlanCharters } from '@/db/use-cases/get-plan-charters';
import { gatePlan } from '../../_lib/plan-gate';

/**
 * GET /api/plans/:id/charters: the plan's charter trips inside the viewer's areas (stops, dates, people, seats, cost)
 * and every village's dated legs (its share of each trip).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'GET /api/plans/[id]/charters', (await params).id);
  if (!gate.ok) return gate.response;
  const { trips, legs } = await getPlanCharters(gate.db, gate.scope, gate.plan.id);
  return NextResponse.json({ charters: legs, trips });
}

import { NextResponse, type NextRequest } from 'next/server';
import { listSlsShares } from '@/db/queries/sls-shares';
import { familiesLeftOf } from '@/lib/reassignment/capacity';
import { assignmentsQuery } from '@/lib/reassignment/inputs';
import { validationError } from '../../../../_lib/http';
import { gatePlan } from '../../_lib/plan-gate';

/**
 * GET /api/plans/:id/assignments?sls=<code>: who holds which families of an SLS, with the version a move must name:
 * `[{ slsCode, slotId, slotLabel, families, version, doneFamilies, familiesLeft }]`, only the shares of PPL the viewer
 * may see (a PML: their team's). Empty when the SLS is not in the plan or in the viewer's scope.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'GET /api/plans/[id]/assignments', (await params).id);
  if (!gate.ok) return gate.response;
  const query = assignmentsQuery.safeParse({ sls: request.nextUrl.searchParams.get('sls') ?? undefined });
  if (!query.success) return validationError(request, query.error);
  const rows = await listSlsShares(gate.db, gate.scope, { planId: gate.plan.id, slsCode: query.data.sls });
  return NextResponse.json(rows.map((r) => ({ ...r, familiesLeft: familiesLeftOf(r) })));
}

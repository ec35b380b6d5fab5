import { NextResponse } from 'next/server';
import { moveWork } from '@/db/use-cases/move-work';
import { moveInput } from '@/lib/reassignment/inputs';
import { parseJsonBody } from '../../../../_lib/http';
import { gateReassignment, notFound, refusalResponse } from '../../_lib/reassignment-gate';

/**
 * POST /api/plans/:id/moves `{ slsCode, fromSlotId, toSlotId, version, families?, override?, note? }`: moves families
 * of an SLS between two PPL of the viewer's scope on the plan in force. 200 `{ families, overridden, auditId, rows,
 * from, to }` (rows: the SLS's shares now; from/to: each PPL's remaining families, daily target and schedule from
 * today); 404 for a PPL or SLS outside the scope; 409 `{ code: 'stale_version', rows }` when the giver's share moved
 * meanwhile, or the plan is not in force; 422 with the refusal's code and numbers (over_max_daily, ...).
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gateReassignment(request, 'POST /api/plans/[id]/moves', (await params).id);
  if (!gate.ok) return gate.response;
  const body = await parseJsonBody(request, moveInput);
  if (!body.ok) return body.response;
  const result = await moveWork(gate.db, gate.scope, gate.ctx, body.data);
  if (result.ok) return NextResponse.json(result);
  if (result.status === 404) return notFound(request, result.missing);
  return refusalResponse(request, result.status, result.refusal, result.rows ? { rows: result.rows } : {});
}

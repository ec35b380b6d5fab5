import { NextResponse } from 'next/server';
import { applyDropout } from '@/db/use-cases/apply-dropout';
import { applyDropoutInput } from '@/lib/reassignment/inputs';
import { parseJsonBody } from '../../../../../_lib/http';
import { gateReassignment, notFound, refusalResponse } from '../../../_lib/reassignment-gate';

/**
 * POST /api/plans/:id/dropouts/apply `{ slotId, from, reason, note?, override?, moves: [{ slsCode, toSlotId, families }],
 * versions: { [slsCode]: version } }`: records the dropout and moves all their unfinished work as listed, all or
 * nothing. 200 `{ slotId, from, reason, moved, overridden, ppl }` (ppl: the dropout and each receiver from today);
 * 404 for a PPL outside the scope; 409 on a stale version (with that SLS's rows), a plan not in force or a dropout
 * already recorded; 422 when the moves leave work with the dropout or break a rule of single moves.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gateReassignment(request, 'POST /api/plans/[id]/dropouts/apply', (await params).id);
  if (!gate.ok) return gate.response;
  const body = await parseJsonBody(request, applyDropoutInput);
  if (!body.ok) return body.response;
  const result = await applyDropout(gate.db, gate.scope, gate.ctx, body.data);
  if (result.ok) return NextResponse.json(result);
  if (result.status === 404) return notFound(request, 'ppl');
  return refusalResponse(request, result.status, result.refusal, { ...(result.rows ? { rows: result.rows } : {}), ...(result.move !== undefined ? { move: result.move } : {}) });
}

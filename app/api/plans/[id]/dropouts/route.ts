import { NextResponse } from 'next/server';
import { proposeDropout } from '@/db/use-cases/propose-dropout';
import { dropoutInput } from '@/lib/reassignment/inputs';
import { parseJsonBody } from '../../../../_lib/http';
import { gateReassignment, notFound, refusalResponse } from '../../_lib/reassignment-gate';

/**
 * POST /api/plans/:id/dropouts `{ slotId, from, reason, note? }`: a proposal to spread a dropout's unfinished work
 * over the team and the kecamatan (as far as the viewer may move it), with the recruits still needed; writes
 * nothing. 200 `{ proposal: { slotId, label, staffName, unfinished, versions, moves, unplacedFamilies, recruit,
 * receivers } }`; send it, edited or not, to /dropouts/apply.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gateReassignment(request, 'POST /api/plans/[id]/dropouts', (await params).id);
  if (!gate.ok) return gate.response;
  const body = await parseJsonBody(request, dropoutInput);
  if (!body.ok) return body.response;
  const result = await proposeDropout(gate.db, gate.scope, gate.ctx, body.data);
  if (result.ok) return NextResponse.json({ proposal: result.proposal });
  if (result.status === 404) return notFound(request, 'ppl');
  return refusalResponse(request, result.status, result.refusal);
}

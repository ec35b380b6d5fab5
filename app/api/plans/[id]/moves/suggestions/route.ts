import { NextResponse, type NextRequest } from 'next/server';
import { suggestReceivers } from '@/db/use-cases/suggest-receivers';
import { suggestionsQuery } from '@/lib/reassignment/inputs';
import { validationError } from '../../../../../_lib/http';
import { gateReassignment, notFound } from '../../../_lib/reassignment-gate';

/**
 * GET /api/plans/:id/moves/suggestions?sls=<code>&from=<slotId>[&families=n]: the PPL of the viewer's scope who could
 * take the families (default: all the giver has left), ranked (those who can take them without passing the maximum,
 * then same village, team, kecamatan, most spare first), each with tier, spare capacity and daily target before and
 * after. `{ slsCode, fromSlotId, families, familiesLeft, version, suggestions: [...] }`.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gateReassignment(request, 'GET /api/plans/[id]/moves/suggestions', (await params).id);
  if (!gate.ok) return gate.response;
  const search = request.nextUrl.searchParams;
  const query = suggestionsQuery.safeParse({ sls: search.get('sls') ?? undefined, from: search.get('from') ?? undefined, families: search.get('families') ?? undefined });
  if (!query.success) return validationError(request, query.error);
  const result = await suggestReceivers(gate.db, gate.scope, gate.ctx, { slsCode: query.data.sls, fromSlotId: query.data.from, families: query.data.families });
  if (!result.ok) return notFound(request, result.missing);
  const { ok: _, ...answer } = result;
  return NextResponse.json(answer);
}

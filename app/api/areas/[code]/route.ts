import { NextResponse } from 'next/server';
import { getAreaWithAncestors, listChildAreas } from '@/db/queries/areas';
import { getActiveOperation } from '@/db/queries/operations';
import { areaCodeInput } from '@/lib/areas/inputs';
import { guardRoute } from '../../../_lib/auth';
import { errorResponse, validationError } from '../../../_lib/http';

/** GET /api/areas/:code: the area, its ancestors and its children with family targets (an SLS has none). */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const gate = await guardRoute(request, 'GET /api/areas/[code]');
  if (!gate.ok) return gate.response;
  const parsed = areaCodeInput.safeParse((await params).code);
  if (!parsed.success) return validationError(request, parsed.error);
  const { db, scope } = gate;
  const found = await getAreaWithAncestors(db, scope, parsed.data);
  if (!found) return errorResponse(request, 404, 'areaNotFound');
  // The frame is public, but the way down to an area is only shown inside the viewer's own (and above it).
  if (!found.inScope) return errorResponse(request, 403, 'areaOutsideScope', { values: { areaCode: parsed.data } });
  const operation = await getActiveOperation(db);
  const children = await listChildAreas(db, scope, parsed.data, operation?.id ?? null);
  return NextResponse.json({ area: found.chain.at(-1), ancestors: found.chain.slice(0, -1), children });
}

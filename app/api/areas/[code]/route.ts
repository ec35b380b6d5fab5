import { NextResponse } from 'next/server';
import { getAreaWithAncestors, listChildAreas } from '@/db/queries/areas';
import { getActiveOperation } from '@/db/queries/operations';
import { areaCodeInput } from '@/lib/areas/inputs';
import { guardRoute, scopeError } from '../../../_lib/auth';
import { errorResponse, validationError } from '../../../_lib/http';

/** GET /api/areas/:code: the area, its ancestors and its children with family targets. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const gate = await guardRoute(request, 'GET /api/areas/[code]');
  if (!gate.ok) return gate.response;
  const parsed = areaCodeInput.safeParse((await params).code);
  if (!parsed.success) return validationError(parsed.error);
  // The frame is public, but the way down to an area is only shown inside the viewer's own (and above it).
  const denied = scopeError(gate.viewer, 'area.read', parsed.data, { overlap: true });
  if (denied) return denied;
  const db = gate.db;
  const chain = await getAreaWithAncestors(db, parsed.data);
  if (!chain) return errorResponse(404, 'Wilayah tidak ditemukan');
  const operation = await getActiveOperation(db);
  const children = await listChildAreas(db, parsed.data, operation?.id ?? null);
  return NextResponse.json({ area: chain[chain.length - 1], ancestors: chain.slice(0, -1), children });
}

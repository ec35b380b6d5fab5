import { NextResponse, type NextRequest } from 'next/server';
import { searchAreas } from '@/db/queries/areas';
import { areaSuggestInput } from '@/lib/areas/inputs';
import { guardRoute } from '../../_lib/auth';
import { validationError } from '../../_lib/http';

/**
 * GET /api/areas?q=…[&purpose=plan]: areas by name fragment or code prefix (villages and above) inside the viewer's
 * and above them; with purpose=plan only the provinces, regencies and kecamatan inside the viewer's areas.
 */
export async function GET(request: NextRequest) {
  const gate = await guardRoute(request, 'GET /api/areas');
  if (!gate.ok) return gate.response;
  const query = request.nextUrl.searchParams;
  const parsed = areaSuggestInput.safeParse({ q: query.get('q') ?? '', purpose: query.get('purpose') ?? undefined });
  if (!parsed.success) return validationError(request, parsed.error);
  return NextResponse.json({ areas: await searchAreas(gate.db, gate.scope, parsed.data.q, 20, { plannable: parsed.data.purpose === 'plan' }) });
}

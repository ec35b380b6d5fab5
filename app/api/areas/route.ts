import { NextResponse, type NextRequest } from 'next/server';
import { searchAreas } from '@/db/queries/areas';
import { areaSearchInput } from '@/lib/areas/inputs';
import { guardRoute } from '../../_lib/auth';
import { validationError } from '../../_lib/http';

/** GET /api/areas?q=…: areas by name fragment or code prefix (villages and above) inside the viewer's and above them. */
export async function GET(request: NextRequest) {
  const gate = await guardRoute(request, 'GET /api/areas');
  if (!gate.ok) return gate.response;
  const parsed = areaSearchInput.safeParse({ q: request.nextUrl.searchParams.get('q') ?? '' });
  if (!parsed.success) return validationError(request, parsed.error);
  return NextResponse.json({ areas: await searchAreas(gate.db, gate.scope, parsed.data.q) });
}

import { NextResponse, type NextRequest } from 'next/server';
import { searchAreas } from '@/db/queries/areas';
import { areaSearchInput } from '@/lib/areas/inputs';
import { requestDb } from '../../_lib/db';
import { validationError } from '../../_lib/http';

/** GET /api/areas?q=…: areas by name fragment or code prefix (villages and above). */
export async function GET(request: NextRequest) {
  const parsed = areaSearchInput.safeParse({ q: request.nextUrl.searchParams.get('q') ?? '' });
  if (!parsed.success) return validationError(parsed.error);
  const db = await requestDb();
  return NextResponse.json({ areas: await searchAreas(db, parsed.data.q, 20) });
}

import { NextResponse, type NextRequest } from 'next/server';
import { findVillageCodes } from '@/db/queries/areas';
import { createStaff, listStaff } from '@/db/queries/staff';
import { getActiveOperation } from '@/db/queries/operations';
import { csvColumnValues } from '@/lib/csv/parse-csv';
import { parseRosterCsv } from '@/lib/staff/parse-roster-csv';
import { inScope } from '@/lib/auth/permissions';
import { guardRoute } from '../../_lib/auth';
import { errorResponse } from '../../_lib/http';

const maxRosterBytes = 5_000_000;

/** GET /api/staff: the active operation's roster, the people living inside the viewer's areas. */
export async function GET(request: Request) {
  const gate = await guardRoute(request, 'GET /api/staff');
  if (!gate.ok) return gate.response;
  const db = gate.db;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(404, 'Belum ada operasi');
  return NextResponse.json({ staff: await listStaff(db, gate.scope, operation.id) });
}

/** POST /api/staff (body: roster CSV): imports everyone or, on any bad row, no one (422 with line and field). */
export async function POST(request: NextRequest) {
  const gate = await guardRoute(request, 'POST /api/staff');
  if (!gate.ok) return gate.response;
  const text = await request.text();
  if (text.length === 0) return errorResponse(400, 'Berkas CSV kosong');
  if (text.length > maxRosterBytes) return errorResponse(413, 'Berkas terlalu besar (maks. 5 MB)');
  const db = gate.db;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(404, 'Belum ada operasi');
  // One query for every home village the file names, then one pass that reports every bad field at once.
  const villages = await findVillageCodes(db, csvColumnValues(text, 'home_village_code'));
  const parsed = parseRosterCsv({ text, isVillage: (code) => villages.has(code) });
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    return errorResponse(422, `baris ${first.line}, kolom ${first.field}: ${first.message}`, parsed.errors);
  }
  const outside = parsed.people.find((p) => !inScope(gate.viewer, p.homeVillageCode));
  if (outside) return errorResponse(403, `baris ${outside.line}: desa ${outside.homeVillageCode} di luar wilayah kerja Anda; tidak ada yang disimpan`);
  const created = await createStaff(db, operation.id, parsed.people);
  return NextResponse.json({ created }, { status: 201 });
}

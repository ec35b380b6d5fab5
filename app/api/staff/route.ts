import { NextResponse, type NextRequest } from 'next/server';
import { createStaff, findVillageCodes, listStaff } from '@/db/queries/staff';
import { getActiveOperation } from '@/db/queries/operations';
import { parseRosterCsv } from '@/lib/staff/parse-roster-csv';
import { requestDb } from '../../_lib/db';
import { errorResponse } from '../../_lib/http';

const maxRosterBytes = 5_000_000;

/** GET /api/staff: the active operation's roster. */
export async function GET() {
  const db = await requestDb();
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(404, 'Belum ada operasi');
  return NextResponse.json({ staff: await listStaff(db, operation.id) });
}

/** POST /api/staff (body: roster CSV): imports everyone or, on any bad row, no one (422 with line and field). */
export async function POST(request: NextRequest) {
  const text = await request.text();
  if (text.length === 0) return errorResponse(400, 'Berkas CSV kosong');
  if (text.length > maxRosterBytes) return errorResponse(413, 'Berkas terlalu besar (maks. 5 MB)');
  const db = await requestDb();
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(404, 'Belum ada operasi');
  // Shape first, then one query for every home village the file names, then the full check.
  const shaped = parseRosterCsv({ text, isVillage: () => true });
  const villages = shaped.ok ? await findVillageCodes(db, shaped.people.map((p) => p.homeVillageCode)) : new Set<string>();
  const parsed = shaped.ok ? parseRosterCsv({ text, isVillage: (code) => villages.has(code) }) : shaped;
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    return errorResponse(422, `baris ${first.line}, kolom ${first.field}: ${first.message}`, parsed.errors);
  }
  const created = await createStaff(db, operation.id, parsed.people);
  return NextResponse.json({ created }, { status: 201 });
}

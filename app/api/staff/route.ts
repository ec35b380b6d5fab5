import { NextResponse, type NextRequest } from 'next/server';
import { findVillageCodes } from '@/db/queries/areas';
import { createStaff, listStaff } from '@/db/queries/staff';
import { getActiveOperation } from '@/db/queries/operations';
import { columnValues } from '@/lib/csv/table-record';
import { parseRosterCsv } from '@/lib/staff/parse-roster-csv';
import { inScope } from '@/lib/auth/permissions';
import { guardRoute } from '../../_lib/auth';
import { csvErrorsResponse, readTableBody } from '../../_lib/table-body';
import { errorResponse } from '../../_lib/http';

const maxRosterBytes = 5_000_000;

/** GET /api/staff: the active operation's roster, the people living inside the viewer's areas. */
export async function GET(request: Request) {
  const gate = await guardRoute(request, 'GET /api/staff');
  if (!gate.ok) return gate.response;
  const db = gate.db;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(request, 404, 'noOperation');
  return NextResponse.json({ staff: await listStaff(db, gate.scope, operation.id) });
}

/**
 * POST /api/staff (body: roster CSV or XLSX): imports everyone or, on any bad row, no one (422 with line and field); answers
 * `{ created, known }`: people added, and rows naming someone already on the roster (by phone, else name and home
 * village).
 */
export async function POST(request: NextRequest) {
  const gate = await guardRoute(request, 'POST /api/staff');
  if (!gate.ok) return gate.response;
  const body = await readTableBody(request, { maxBytes: maxRosterBytes });
  if (!body.ok) return body.response;
  const { records } = body;
  const db = gate.db;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(request, 404, 'noOperation');
  // One query for every home village the file names, then one pass that reports every bad field at once.
  const villages = await findVillageCodes(db, columnValues(records, 'home_village_code'));
  const parsed = parseRosterCsv({ records, isVillage: (code) => villages.has(code) });
  if (!parsed.ok) return csvErrorsResponse(request, parsed.errors);
  const outside = parsed.people.find((p) => !inScope(gate.viewer, p.homeVillageCode));
  if (outside) return errorResponse(request, 403, 'rosterVillageOutsideScope', { values: { line: outside.line, villageCode: outside.homeVillageCode } });
  // Posting the same roster again adds no one: people already there are recognised and counted as known.
  return NextResponse.json(await createStaff(db, operation.id, parsed.people), { status: 201 });
}

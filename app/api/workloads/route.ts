import { NextResponse, type NextRequest } from 'next/server';
import { getActiveOperation } from '@/db/queries/operations';
import { findVillageCodes } from '@/db/queries/areas';
import { replaceVillageWorkloads } from '@/db/queries/workloads';
import { refreshAreaTargets } from '@/db/refresh-area-targets';
import { columnValues } from '@/lib/csv/table-record';
import { parseWorkloadCsv } from '@/lib/workload/parse-workload-csv';
import { inScope } from '@/lib/auth/permissions';
import { guardRoute } from '../../_lib/auth';
import { csvErrorsResponse, readTableBody } from '../../_lib/table-body';
import { errorResponse } from '../../_lib/http';

const maxWorkloadBytes = 20_000_000;
/** The seed for splitting villages without SLS codes: the same file always gives the same SLS. */
const importSeed = 20221015;

/** POST /api/workloads (body: workload CSV or XLSX): replaces the named villages' SLS and families, all rows or none. */
export async function POST(request: NextRequest) {
  const gate = await guardRoute(request, 'POST /api/workloads');
  if (!gate.ok) return gate.response;
  const body = await readTableBody(request, { maxBytes: maxWorkloadBytes });
  if (!body.ok) return body.response;
  const { records } = body;
  const db = gate.db;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(request, 404, 'noOperation');
  // One query for every village the file names, then one pass that reports every bad field at once.
  const known = await findVillageCodes(db, columnValues(records, 'village_code'));
  const parsed = parseWorkloadCsv({ records, knownVillageCodes: known, seed: importSeed });
  if (!parsed.ok) return csvErrorsResponse(request, parsed.errors);
  const outside = parsed.workloads.find((w) => !inScope(gate.viewer, w.villageCode));
  if (outside) return errorResponse(request, 403, 'villageOutsideScope', { values: { villageCode: outside.villageCode } });
  const replaced = await replaceVillageWorkloads(db, operation.id, parsed.workloads, gate.viewer.userId);
  await refreshAreaTargets(db, operation.id);
  return NextResponse.json(replaced, { status: 201 });
}

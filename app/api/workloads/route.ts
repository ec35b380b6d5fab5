import { NextResponse, type NextRequest } from 'next/server';
import { getActiveOperation } from '@/db/queries/operations';
import { findVillageCodes } from '@/db/queries/areas';
import { replaceVillageWorkloads } from '@/db/queries/workloads';
import { csvColumnValues } from '@/lib/csv/parse-csv';
import { parseWorkloadCsv } from '@/lib/workload/parse-workload-csv';
import { inScope } from '@/lib/auth/permissions';
import { guardRoute } from '../../_lib/auth';
import { readCsvBody, refuseCsvRows } from '../../_lib/csv-body';
import { errorResponse } from '../../_lib/http';

const maxWorkloadBytes = 20_000_000;
/** The seed for splitting villages without SLS codes: the same file always gives the same SLS. */
const importSeed = 20221015;

/** POST /api/workloads (body: workload CSV): replaces the named villages' SLS and families, all rows or none. */
export async function POST(request: NextRequest) {
  const gate = await guardRoute(request, 'POST /api/workloads');
  if (!gate.ok) return gate.response;
  const body = await readCsvBody(request, { maxBytes: maxWorkloadBytes });
  if (!body.ok) return body.response;
  const text = body.text;
  const db = gate.db;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(404, 'Belum ada operasi');
  // One query for every village the file names, then one pass that reports every bad field at once.
  const known = await findVillageCodes(db, csvColumnValues(text, 'village_code'));
  const parsed = parseWorkloadCsv({ text, knownVillageCodes: known, seed: importSeed });
  if (!parsed.ok) return refuseCsvRows(parsed.errors);
  const outside = parsed.workloads.find((w) => !inScope(gate.viewer, w.villageCode));
  if (outside) return errorResponse(403, `Desa ${outside.villageCode} di luar wilayah kerja Anda; tidak ada yang disimpan`);
  return NextResponse.json(await replaceVillageWorkloads(db, operation.id, parsed.workloads), { status: 201 });
}

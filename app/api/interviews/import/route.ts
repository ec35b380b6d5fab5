import { NextResponse } from 'next/server';
import { importInterviewCsv } from '@/db/use-cases/import-interview-csv';
import { guardRoute } from '../../../_lib/auth';
import { maxListedErrors, readTableBody } from '../../../_lib/table-body';
import { errorResponse, requestLang } from '../../../_lib/http';
import { intakeContextFor } from '@/db/use-cases/intake-context';

/** ~200,000 records: a month of a large regency's entry system, exported once. */
const maxImportBytes = 50_000_000;

/**
 * POST /api/interviews/import (body: interview CSV or XLSX, an office head): the same rules as POST /api/interviews, all
 * or nothing: 200 with the counts, or 422 naming the bad lines with their column (the first 100, and `errorCount`),
 * and nothing written.
 */
export async function POST(request: Request) {
  const gate = await guardRoute(request, 'POST /api/interviews/import');
  if (!gate.ok) return gate.response;
  const body = await readTableBody(request, { maxBytes: maxImportBytes });
  if (!body.ok) return body.response;
  const context = await intakeContextFor(gate.db, { areaCodes: gate.viewer.areaCodes, submittedBy: gate.viewer.userId, now: new Date() });
  if (!context) return errorResponse(request, 404, 'noOperation');
  const outcome = await importInterviewCsv(gate.db, { ...context, records: body.records, lang: requestLang(request) });
  if (!outcome.ok) {
    const first = outcome.errors[0]!;
    return errorResponse(request, 422, 'importNothingSaved', { values: { line: first.line, field: first.field, message: first.message }, extra: { details: outcome.errors.slice(0, maxListedErrors), errorCount: outcome.errors.length } });
  }
  return NextResponse.json({ records: outcome.records, accepted: outcome.accepted, duplicates: outcome.duplicates });
}

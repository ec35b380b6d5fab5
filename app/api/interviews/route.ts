import { NextResponse } from 'next/server';
import { submitInterviews } from '@/db/use-cases/submit-interviews';
import { interviewBatchInput } from '@/lib/interviews/record-input';
import { guardRoute } from '../../_lib/auth';
import { errorResponse, parseJsonBody, requestLang } from '../../_lib/http';
import { intakeContextFor } from '@/db/use-cases/intake-context';
import { renderIntakeResult } from './_lib/render-result';

/** 5,000 records of ~250 bytes, with room for long family references. */
const maxBatchBytes = 2_500_000;

/**
 * POST /api/interviews { records: [...] } (an entry system's bearer token, or an office head): stores each record
 * exactly once and answers 200 with every record in one of accepted, duplicates, conflicts or rejected. A body
 * that is not such a batch is refused whole (4xx) and writes nothing.
 */
export async function POST(request: Request) {
  const gate = await guardRoute(request, 'POST /api/interviews');
  if (!gate.ok) return gate.response;
  const body = await parseJsonBody(request, interviewBatchInput, { maxBytes: maxBatchBytes });
  if (!body.ok) return body.response;
  const context = await intakeContextFor(gate.db, { areaCodes: gate.viewer.areaCodes, submittedBy: gate.viewer.userId, now: new Date() });
  if (!context) return errorResponse(request, 404, 'noOperation');
  const result = await submitInterviews(gate.db, { ...context, records: body.data.records });
  return NextResponse.json(renderIntakeResult(result, requestLang(request)));
}

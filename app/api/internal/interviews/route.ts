import { requestDb } from '../../../_lib/db';
import { readTableBody } from '../../../_lib/table-body';
import { errorResponse } from '../../../_lib/http';
import { importInterviewCsv } from '@/db/use-cases/import-interview-csv';
import { intakeContextFor } from '@/db/use-cases/intake-context';
import { hasCliKey } from '../_lib/cli-key';

const maxImportBytes = 500_000_000;

/**
 * POST /api/internal/interviews (body: interview CSV or XLSX): `npm run import-interviews` while the app holds the embedded
 * database, authenticated by the key of this run (like POST /api/internal/tokens). Answers a stream of JSON lines:
 * `{ "progress": [done, total] }` per chunk, then `{ "result": ... }` with the counts or every bad line.
 */
export async function POST(request: Request) {
  if (!hasCliKey(request)) return errorResponse(request, 401, 'cliKeyMismatch');
  const body = await readTableBody(request, { maxBytes: maxImportBytes });
  if (!body.ok) return body.response;
  const db = await requestDb();
  // The machine's operator imports for the whole country, as the CLI does when it opens the database itself.
  const context = await intakeContextFor(db, { areaCodes: ['ID'], submittedBy: null, now: new Date() });
  if (!context) return errorResponse(request, 404, 'noOperation');
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const result = await importInterviewCsv(db, { ...context, records: body.records, lang: 'id', onProgress: (done, total) => line({ progress: [done, total] }) });
        line({ result });
      } catch (error) {
        line({ error: error instanceof Error ? error.message : String(error) });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
}

import { simulateFieldworkInto } from '@/db/use-cases/simulate-fieldwork';
import { simulateRequestInput } from '@/lib/simulation/simulate-request';
import { requestDb } from '../../../_lib/db';
import { errorResponse, parseJsonBody } from '../../../_lib/http';
import { hasCliKey } from '../_lib/cli-key';

/**
 * POST /api/internal/simulate (`{ until?, region? }`): `npm run simulate` while the app holds the embedded database,
 * authenticated by the key of this run (like POST /api/internal/interviews). Answers a stream of JSON lines:
 * `{ "progress": [phase, done, total] }` per intake batch, then `{ "result": ... }`.
 */
export async function POST(request: Request) {
  if (!hasCliKey(request)) return errorResponse(request, 401, 'cliKeyMismatch');
  const input = await parseJsonBody(request, simulateRequestInput);
  if (!input.ok) return input.response;
  const db = await requestDb();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const result = await simulateFieldworkInto(db, { until: input.data.until, areaCode: input.data.region, now: new Date(), onProgress: (...progress) => line({ progress }) });
        line({ result });
      } catch (error) {
        line({ error: error instanceof Error ? error.message : String(error) });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8' } });
}

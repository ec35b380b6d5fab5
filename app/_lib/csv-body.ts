import 'server-only';
import { describeProblem } from '@/i18n/describe';
import { translatorFor } from '@/i18n/translator';
import { decodeCsvBytes } from '@/lib/csv/decode-csv-bytes';
import type { CsvFieldError } from '@/lib/csv/parse-csv-table';
import { errorResponse, jsonError, readBodyBytes, requestLang } from './http';

type CsvBody = { ok: true; text: string } | { ok: false; response: Response };

/**
 * The CSV file a client uploads as the request body: `content-type: text/csv` (415 otherwise), not empty (400), at
 * most `maxBytes` (413, counted while reading, so a huge body is never held whole), UTF-8 or UTF-16 with a byte
 * order mark (422 naming the line of the first bad byte otherwise). Read as bytes: `request.text()` would turn a
 * latin-1 byte into U+FFFD without a word.
 */
export async function readCsvBody(request: Request, { maxBytes }: { maxBytes: number }): Promise<CsvBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const fail = (response: Response): CsvBody => ({ ok: false, response });
  if (type !== 'text/csv') return fail(errorResponse(request, 415, 'csvContentType', { values: { type: type || 'none' } }));
  const tooBig = () => fail(errorResponse(request, 413, 'csvTooLarge', { values: { megabytes: maxBytes / 1_000_000 } }));
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooBig();
  const bytes = await readBodyBytes(request, maxBytes);
  if (bytes === null) return tooBig();
  if (bytes.length === 0) return fail(errorResponse(request, 400, 'csvEmpty'));
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return fail(errorResponse(request, 422, 'csvLine', { values: { line: decoded.line, message: describeProblem(decoded.problem, requestLang(request)) } }));
  return { ok: true, text: decoded.text };
}

/** Most bad fields one answer lists: 5 MB of bad rows gave a 191 MB answer listing every one. */
const maxListedErrors = 100;

/**
 * 422 for a file with bad rows, in the caller's language: the first as the error ("baris 3, kolom role: …"), the first
 * 100 in `details` as `{ line, field, code, message }`, and how many were found in `errorCount`.
 */
export function csvErrorsResponse(request: Request, errors: readonly CsvFieldError[]): Response {
  const lang = requestLang(request);
  const details = errors.slice(0, maxListedErrors).map((e) => ({ line: e.line, field: e.field, code: e.code, message: describeProblem(e, lang) }));
  const first = details[0]!;
  return jsonError(422, translatorFor(lang).t('api.csvField', { line: first.line, field: first.field, message: first.message }), { details, errorCount: errors.length });
}

import 'server-only';
import { describeProblem } from '@/i18n/describe';
import { translatorFor } from '@/i18n/translator';
import type { CsvFieldError } from '@/lib/csv/parse-csv-table';
import { readTableFile, xlsxContentType, type TableFileFormat } from '@/db/files/read-table-file';
import type { TableRecord } from '@/lib/csv/table-record';
import { startsLikeZip } from '@/db/files/zip-entries';
import { errorResponse, jsonError, readBodyBytes, requestLang } from './http';

type TableBody = { ok: true; format: TableFileFormat; records: TableRecord[] } | { ok: false; response: Response };

/**
 * The table file a client uploads as the request body, read once into records: `content-type: text/csv` or the XLSX
 * type (415 otherwise; the bytes decide, an XLSX by its ZIP magic), not empty (400), at most `maxBytes` (413, counted
 * while reading, so a huge body is never held whole; a workbook that unpacks past its share too). CSV in UTF-8 or
 * UTF-16 with a byte order mark (422 naming the line of the first bad byte otherwise); XLSX its first sheet (422 when
 * it does not read). Read as bytes: `request.text()` would turn a latin-1 byte into U+FFFD without a word.
 */
export async function readTableBody(request: Request, { maxBytes }: { maxBytes: number }): Promise<TableBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const fail = (response: Response): TableBody => ({ ok: false, response });
  if (type !== 'text/csv' && type !== xlsxContentType) return fail(errorResponse(request, 415, 'csvContentType', { values: { type: type || 'none' } }));
  const tooBig = () => fail(errorResponse(request, 413, 'csvTooLarge', { values: { megabytes: maxBytes / 1_000_000 } }));
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooBig();
  const bytes = await readBodyBytes(request, maxBytes);
  if (bytes === null) return tooBig();
  if (bytes.length === 0) return fail(errorResponse(request, 400, 'csvEmpty'));
  const lang = requestLang(request);
  if (type === xlsxContentType && !startsLikeZip(bytes)) return fail(jsonError(422, describeProblem({ code: 'xlsx_unreadable' }, lang)));
  const file = await readTableFile(bytes, { maxBytes });
  if (file.ok) return { ok: true, format: file.format, records: file.records };
  const message = describeProblem(file.problem, lang);
  if (file.line !== undefined) return fail(errorResponse(request, 422, 'csvLine', { values: { line: file.line, message } }));
  return fail(jsonError(file.tooLarge ? 413 : 422, message));
}

/** Most bad fields one answer lists: 5 MB of bad rows gave a 191 MB answer listing every one. */
export const maxListedErrors = 100;

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

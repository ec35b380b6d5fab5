import 'server-only';
import { NextResponse } from 'next/server';
import { decodeCsvBytes } from '@/lib/csv/decode-csv-bytes';
import type { CsvFieldError } from '@/lib/csv/parse-csv-table';
import { errorResponse, readBodyBytes } from './http';

type CsvBody = { ok: true; text: string } | { ok: false; response: Response };

/**
 * The CSV file a client uploads as the request body: `content-type: text/csv` (415 otherwise), not empty (400), at
 * most `maxBytes` (413, counted while reading, so a huge body is never held whole), UTF-8 or UTF-16 with a byte
 * order mark (422 naming the line of the first bad byte otherwise). Read as bytes: `request.text()` would turn a
 * latin-1 byte into U+FFFD without a word.
 */
export async function readCsvBody(request: Request, { maxBytes }: { maxBytes: number }): Promise<CsvBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'text/csv') return fail(415, `Kirim berkas CSV dengan content-type text/csv (bukan ${type || 'kosong'})`);
  const tooBig = () => fail(413, `Berkas terlalu besar (maks. ${maxBytes / 1_000_000} MB)`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooBig();
  const bytes = await readBodyBytes(request, maxBytes);
  if (bytes === null) return tooBig();
  if (bytes.length === 0) return fail(400, 'Berkas CSV kosong');
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return fail(422, `baris ${decoded.line}: ${decoded.message}`);
  return { ok: true, text: decoded.text };
}

const fail = (status: number, message: string): CsvBody => ({ ok: false, response: errorResponse(status, message) });

/** Most bad fields one answer lists: 5 MB of bad rows gave a 191 MB answer listing every one. */
const maxListedErrors = 100;

/** 422 for a CSV file refused whole: the first bad field as the message, the first 100 with line and column, and how many were found. */
export function refuseCsvRows(errors: readonly CsvFieldError[]): Response {
  const first = errors[0]!;
  return NextResponse.json({ error: `baris ${first.line}, kolom ${first.field}: ${first.message}`, details: errors.slice(0, maxListedErrors), errorCount: errors.length }, { status: 422 });
}

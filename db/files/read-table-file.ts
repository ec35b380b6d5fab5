import type { Problem } from '@/lib/i18n/problem';
import { readXlsxRecords } from './read-xlsx-records';
import { startsLikeZip } from './zip-entries';
import { decodeCsvBytes } from '@/lib/csv/decode-csv-bytes';
import { readCsvRecords } from './read-csv-records';
import type { TableRecord } from '@/lib/csv/table-record';

export type TableFileFormat = 'csv' | 'xlsx';

/** The content type of an XLSX workbook, which uploads may carry besides `text/csv`. */
export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file's records, or why it cannot be read: `line` for CSV bytes that are not text, `tooLarge` for a workbook past the limit. */
export type TableFile =
  | { ok: true; format: TableFileFormat; records: TableRecord[] }
  | { ok: false; format: TableFileFormat; problem: Problem; line?: number; tooLarge?: boolean };

/** How much an XLSX workbook may unpack to for each byte a CSV of the same limit may hold: XML is verbose. */
export const xlsxUnpackedPerCsvByte = 5;

/**
 * Reads an uploaded table file once, whatever it is: an XLSX workbook (known by the ZIP magic bytes; its first sheet)
 * or CSV (UTF-8 with or without BOM, UTF-16 with BOM; `,` or `;`). `maxBytes` is the upload's limit: a workbook may
 * unpack to `xlsxUnpackedPerCsvByte` times it and its cells hold as much text as a CSV may.
 */
export async function readTableFile(bytes: Uint8Array, { maxBytes }: { maxBytes: number }): Promise<TableFile> {
  if (startsLikeZip(bytes)) {
    const read = await readXlsxRecords({ bytes, maxUnpackedBytes: maxBytes * xlsxUnpackedPerCsvByte, maxChars: maxBytes });
    return read.ok ? { ok: true, format: 'xlsx', records: read.records } : { ok: false, format: 'xlsx', problem: read.problem, tooLarge: read.problem.code === 'xlsx_too_large' };
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, format: 'csv', problem: decoded.problem, line: decoded.line };
  return { ok: true, format: 'csv', records: readCsvRecords(decoded.text) };
}

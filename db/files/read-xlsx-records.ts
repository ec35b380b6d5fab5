import ExcelJS from 'exceljs';
import type { TableRecord } from '@/lib/csv/table-record';
import type { Problem } from '@/lib/i18n/problem';
import { cellText, isDateFormat } from './cell-text';
import { readZipArchive, unpackedBytes, worksheetsLast } from './zip-entries';

export type XlsxRecords = { ok: true; records: TableRecord[] } | { ok: false; problem: Problem };

export interface ReadXlsxInput {
  bytes: Uint8Array;
  /** most bytes the workbook's files may unpack to (a ZIP bomb, or simply too big) */
  maxUnpackedBytes: number;
  /** most characters the sheet's cells may hold together, as a CSV's byte limit (one shared string can fill many cells) */
  maxChars: number;
}

/**
 * Reads the first sheet (in tab order) of an XLSX workbook into the records the CSV path makes: a row's line is its
 * row number, every cell the text `cellText` gives (what a CSV of it would hold), empty rows skipped like blank lines,
 * trailing empty cells dropped. Streams through exceljs's reader, so memory follows the records, not the workbook;
 * a workbook that unpacks to more than `maxUnpackedBytes` is refused before it is read.
 */
export async function readXlsxRecords({ bytes, maxUnpackedBytes, maxChars }: ReadXlsxInput): Promise<XlsxRecords> {
  const unreadable: XlsxRecords = { ok: false, problem: { code: 'xlsx_unreadable' } };
  const tooLarge = (limit: number): XlsxRecords => ({ ok: false, problem: { code: 'xlsx_too_large', values: { megabytes: limit / 1_000_000 } } });
  const archive = readZipArchive(bytes);
  if (!archive || !archive.entries.some((e) => e.name === 'xl/workbook.xml')) return unreadable;
  const unpacked = await unpackedBytes(bytes, archive, maxUnpackedBytes);
  if (unpacked === 'too_large') return tooLarge(maxUnpackedBytes);
  if (unpacked === 'broken') return unreadable;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(worksheetsLast(bytes, archive), { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
    for await (const sheet of reader) {
      // exceljs names the sheet from the workbook's parts, which come first (worksheetsLast); its types do not say so
      if (!isFirstSheet(reader, (sheet as unknown as { name: string }).name)) continue;
      const records = await sheetRecords(sheet, maxChars);
      return records ? { ok: true, records } : tooLarge(maxChars);
    }
    return { ok: false, problem: { code: 'xlsx_no_sheet' } };
  } catch {
    return unreadable;
  }
}

/** The first tab's sheet; one exceljs could not name (an unusual relationship path) is taken when it comes first. */
function isFirstSheet(reader: ExcelJS.stream.xlsx.WorkbookReader, name: string): boolean {
  const sheets = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets ?? [];
  return sheets.length === 0 || sheets[0]!.name === name || !sheets.some((s) => s.name === name);
}

async function sheetRecords(sheet: ExcelJS.stream.xlsx.WorksheetReader, maxChars: number): Promise<TableRecord[] | null> {
  const records: TableRecord[] = [];
  let width = 0;
  let chars = 0;
  for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
    const fields: string[] = [];
    let problem: TableRecord['problem'];
    for (let column = 1; column <= row.cellCount; column++) {
      const cell = row.getCell(column);
      const text = cellText(cell.value, isDateFormat(cell.numFmt));
      if (!text.ok) problem ??= { field: column - 1, code: text.code };
      fields.push(text.ok ? text.text : '');
    }
    while (fields.length > 0 && fields[fields.length - 1] === '' && !(problem && problem.field >= fields.length - 1)) fields.pop();
    if (fields.length === 0 && !problem) continue;
    // The header's last named column sets the width; a data row's missing trailing cells are empty fields.
    if (records.length === 0) width = fields.length;
    while (fields.length < width) fields.push('');
    chars += fields.reduce((sum, f) => sum + f.length + 1, 0);
    if (chars > maxChars) return null;
    records.push({ line: row.number, fields, ...(problem ? { problem } : {}) });
  }
  return records;
}

import 'server-only';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { columnLetter, subtotalFormula, type TotalKind } from '@/lib/xlsx/subtotal-formula';
import { drained } from './xlsx-backpressure';

export type ColumnKind = 'text' | 'integer' | 'decimal' | 'date';

/** A column: its header, width in characters, the kind of its cells, and whether subtotal rows total it. */
export interface SheetColumn {
  header: string;
  width: number;
  kind: ColumnKind;
  total?: TotalKind;
}

/** A cell's value: text, a number, a calendar day `YYYY-MM-DD` in a date column, or nothing. */
export type Cell = string | number | null | undefined;

export interface SheetRow {
  cells: readonly Cell[];
  /** the run of rows a subtotal row closes (a kabupaten code), when the sheet has subtotals */
  group?: string;
}

/** A worksheet whose rows are read as they are written, so a big one never sits in memory. */
export interface Sheet {
  name: string;
  columns: readonly SheetColumn[];
  rows: Iterable<SheetRow> | AsyncIterable<SheetRow>;
  /** a subtotal row after each group's rows: its label cells, then `SUBTOTAL` formulas in the totalled columns */
  subtotal?: (group: string) => readonly Cell[];
  /** a total row at the end, likewise */
  total?: readonly Cell[];
}

const numberFormats: Record<ColumnKind, string | undefined> = { text: undefined, integer: '#,##0', decimal: '#,##0.0', date: undefined };

// XML 1.0 forbids these even when escaped: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; lone surrogates.
// exceljs drops the C0 controls only, so one bad name would make the whole workbook invalid.
// eslint-disable-next-line no-control-regex
const notXmlChars = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\p{Cs}]/gu;
const xmlText = (text: string) => text.replace(notXmlChars, '');

/** Sheet names Excel takes: none of \ / ? * [ ] :, at most 31 characters. */
const sheetName = (name: string, index: number) => xmlText(name).replace(/[\\/?*[\]:]/g, ' ').slice(0, 31).trim() || `Sheet${index + 1}`;

/** Rows written between waits for the reader: what sits in memory is about this many rows, whatever the sheet. */
const rowsPerFlush = 1000;

/**
 * Streams an XLSX workbook to `output` with exceljs's streaming writer: per sheet a bold header frozen above the
 * rows, an autofilter over them, column widths, numbers as numbers and days as Excel dates in `dateFormat` (never
 * text), subtotal and total rows as `SUBTOTAL` formulas with their values. Text is always text, never a formula, so
 * a name such as `=HYPERLINK(…)` stays a name. Waits for the reader every `rowsPerFlush` rows.
 */
export async function writeWorkbook(sheets: Iterable<Sheet> | AsyncIterable<Sheet>, output: Writable, { dateFormat }: { dateFormat: string }): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const styles = new CellStyles(dateFormat);
  let index = 0;
  for await (const sheet of sheets) await writeSheet(workbook, sheet, { name: sheetName(sheet.name, index++), styles, output });
  await workbook.commit();
}

type RowKind = 'header' | 'data' | 'summary';

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet, { name, styles, output }: { name: string; styles: CellStyles; output: Writable }) {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  let rowNumber = 0;
  const add = (values: ExcelJS.CellValue[], kind: RowKind) => {
    const row = ws.addRow(values);
    row.eachCell((cell, column) => (cell.style = styles.of(kind === 'header' ? 'text' : (sheet.columns[column - 1]?.kind ?? 'text'), kind)));
    row.commit();
    rowNumber++;
  };
  const totals = new Totals(sheet.columns);
  const summary = (cells: readonly Cell[], firstRow: number, lastRow: number, values: Map<number, number>) => {
    const row = rowValues(sheet.columns, cells);
    sheet.columns.forEach((c, i) => {
      if (c.total) row[i] = { formula: subtotalFormula(c.total, columnLetter(i), firstRow, lastRow), result: values.get(i) ?? 0 } as ExcelJS.CellFormulaValue;
    });
    add(row, 'summary');
  };
  add(sheet.columns.map((c) => xmlText(c.header)), 'header');
  let group: { key: string; firstRow: number } | null = null;
  for await (const row of sheet.rows) {
    if (sheet.subtotal && group && row.group !== group.key) {
      summary(sheet.subtotal(group.key), group.firstRow, rowNumber, totals.closeGroup());
      group = null;
    }
    if (sheet.subtotal && !group) group = { key: row.group ?? '', firstRow: rowNumber + 1 };
    totals.add(row.cells);
    add(rowValues(sheet.columns, row.cells), 'data');
    if (rowNumber % rowsPerFlush === 0) await drained(ws, output);
  }
  if (sheet.subtotal && group) summary(sheet.subtotal(group.key), group.firstRow, rowNumber, totals.closeGroup());
  // The filter covers the rows and their subtotals; the total stays below it, shown whatever is filtered.
  const lastRow = rowNumber;
  if (sheet.total && lastRow > 1) summary(sheet.total, 2, lastRow, totals.sheet);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: sheet.columns.length } };
  ws.commit();
  await drained(ws, output);
}

/**
 * One style object per kind of cell, shared by every such cell: exceljs recognises a style it has seen by identity
 * and works a new one out each time otherwise (half the time of a big sheet).
 */
class CellStyles {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  constructor(private readonly dateFormat: string) {}

  of(kind: ColumnKind, row: RowKind): Partial<ExcelJS.Style> {
    const key = `${kind}/${row}`;
    let style = this.styles.get(key);
    if (!style) {
      const numFmt = kind === 'date' ? this.dateFormat : numberFormats[kind];
      style = {
        ...(numFmt ? { numFmt } : {}),
        ...(row === 'data' ? {} : { font: { bold: true } }),
        ...(row === 'header' ? { border: { bottom: { style: 'thin' } } } : {}),
        ...(row === 'summary' ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } } } : {}),
      };
      this.styles.set(key, style);
    }
    return style;
  }
}

/** A row's values as exceljs takes them: text cleaned of what XML forbids, days as UTC dates, nothing for empties. */
function rowValues(columns: readonly SheetColumn[], cells: readonly Cell[]): ExcelJS.CellValue[] {
  return cells.map((value, i) => {
    if (value === null || value === undefined || value === '') return null;
    if (columns[i]?.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
    return typeof value === 'number' ? (Number.isFinite(value) ? value : null) : xmlText(value);
  });
}

/** Sums, minima and maxima of the totalled columns, per group and over the sheet. */
class Totals {
  readonly sheet = new Map<number, number>();
  private group = new Map<number, number>();
  constructor(private readonly columns: readonly SheetColumn[]) {}

  add(cells: readonly Cell[]) {
    this.columns.forEach((c, i) => {
      const value = cells[i];
      if (!c.total || typeof value !== 'number' || !Number.isFinite(value)) return;
      for (const totals of [this.group, this.sheet]) {
        const before = totals.get(i);
        // rounded past the last decimal anyone shows, so 169.70000000000002 is stored as 169.7
        const next = before === undefined ? value : c.total === 'sum' ? before + value : Math[c.total](before, value);
        totals.set(i, Math.round(next * 1e9) / 1e9);
      }
    });
  }

  closeGroup(): Map<number, number> {
    const closed = this.group;
    this.group = new Map();
    return closed;
  }
}

import type { ProblemCode } from '../i18n/problem';

/** One record of an uploaded table (a CSV line or a spreadsheet row) with the 1-based line it starts on, so errors can name it. */
export interface TableRecord {
  line: number;
  fields: string[];
  /** set when the record is broken (CSV quoting, a spreadsheet formula without a value): the field (0-based) where, and what */
  problem?: { field: number; code: RecordProblem };
}

/** How a record itself is broken, before any column rule (words: i18n/messages `problems`). */
export type RecordProblem = Extract<ProblemCode, 'csv_quote_unclosed' | 'csv_text_after_quote' | 'csv_quote_inside_field' | 'xlsx_formula_without_value'>;

/** The trimmed values of one named column (header match is case-insensitive), e.g. to look codes up in one query. */
export function columnValues(records: readonly TableRecord[], column: string): string[] {
  const [header, ...rows] = records;
  const index = header?.fields.findIndex((f) => f.trim().toLowerCase() === column) ?? -1;
  return index < 0 ? [] : rows.map((r) => (r.fields[index] ?? '').trim());
}

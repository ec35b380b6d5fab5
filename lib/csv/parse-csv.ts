import type { ProblemCode } from '../i18n/problem';

/** One parsed CSV record with the 1-based line it started on, so errors can name it. */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** set when the record breaks RFC 4180's quoting: the field (0-based) where, and what */
  problem?: { field: number; code: CsvQuoteProblem };
}

export type CsvDelimiter = ',' | ';';

/** How a record's quoting is broken (words: i18n/messages `problems`). */
export type CsvQuoteProblem = Extract<ProblemCode, 'csv_quote_unclosed' | 'csv_text_after_quote' | 'csv_quote_inside_field'>;

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF, LF or CR) into records, with `,` or `;` between
 * fields. Blank lines are skipped. A record whose quoting is broken carries a `problem`; its fields are a best guess.
 * Pure and synchronous: the caller reads and decodes the file.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let problem: CsvRecord['problem'];
  let line = 1;
  let recordLine = 1;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const flag = (code: CsvQuoteProblem) => (problem ??= { field: fields.length, code });
  const endField = () => {
    fields.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (problem || fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields, ...(problem ? { problem } : {}) });
    fields = [];
    problem = undefined;
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n' || (ch === '\r' && src[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === delimiter) endField();
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else if (wasQuoted) {
      flag('csv_text_after_quote');
      field += ch;
    } else if (ch === '"' && field === '') quoted = wasQuoted = true;
    else {
      if (ch === '"') flag('csv_quote_inside_field');
      field += ch;
    }
  }
  if (quoted) flag('csv_quote_unclosed');
  if (field !== '' || wasQuoted || fields.length > 0) endRecord();
  return records;
}

/** The delimiter of a file, read from its header line: `;` (what Excel writes in an Indonesian locale) or `,`. */
export function detectDelimiter(text: string): CsvDelimiter {
  const header = /^[\s\uFEFF]*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const count = (ch: string) => header.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const formulaStart = /^[=+\-@\t\r]/;

/**
 * Quotes a value for CSV output when it needs it. A text that a spreadsheet would run as a formula (it starts with
 * `=`, `+`, `-`, `@`, tab or CR; OWASP's rule) gets a leading apostrophe, so it shows as text. Numbers stay numbers.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && formulaStart.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins rows into CSV text with a header, CRLF line ends (what spreadsheets expect). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The trimmed values of one named column (header match is case-insensitive), e.g. to look codes up in one query. */
export function csvColumnValues(text: string, column: string): string[] {
  const [header, ...records] = parseCsv(text, detectDelimiter(text));
  const index = header?.fields.findIndex((f) => f.trim().toLowerCase() === column) ?? -1;
  return index < 0 ? [] : records.map((r) => (r.fields[index] ?? '').trim());
}

export type CsvDelimiter = ',' | ';';

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
export function csvCell(value: CsvValue): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && formulaStart.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type CsvValue = string | number | boolean | null | undefined;

/** One CSV line with its CRLF line end (what spreadsheets expect). */
export function csvLine(cells: readonly CsvValue[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Joins rows into CSV text with a header. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map(csvLine).join('');
}

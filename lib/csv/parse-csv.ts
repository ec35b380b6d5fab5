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
export function csvCell(value: string | number | boolean | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const text = typeof value === 'string' && formulaStart.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins rows into CSV text with a header, CRLF line ends (what spreadsheets expect). */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

import type { Problem } from '../i18n/problem';
import { findForbiddenCharacter, forbiddenCharacterProblem } from '../text/forbidden-character';
import type { TableRecord } from './table-record';

/** One bad field of an import: its 1-based line, the column's header name, and the problem (a code with its facts). */
export interface CsvFieldError extends Problem {
  line: number;
  field: string;
}

/** A data row by column name, every value trimmed; a known column the header leaves out reads ''. */
export interface CsvTableRow<C extends string> {
  line: number;
  values: Record<C, string>;
}

export interface CsvTableInput<C extends string> {
  /** the file's records, header first: readCsvRecords (CSV) or readXlsxRecords (a spreadsheet's first sheet) */
  records: readonly TableRecord[];
  /** every column the format knows; any other header name is refused */
  columns: readonly C[];
  /** the columns the header must name */
  required: readonly C[];
}

/**
 * Bad fields a file is checked for before the check stops: one refuses the file, and listing millions (5 MB of bad
 * rows gave 2.5 million, 11 s and a gigabyte) helps no one. Parsers stop taking rows once they hold this many.
 */
export const maxCsvErrors = 1000;

/** A bad header's errors alone; else the rows that passed every structural rule and the errors of those that did not. */
export type CsvTable<C extends string> = { ok: false; errors: CsvFieldError[] } | { ok: true; rows: CsvTableRow<C>[]; errors: CsvFieldError[] };

/**
 * The one strict reading of every import, CSV or XLSX: a header of known, distinct column names holding the required
 * ones, every row with exactly the header's number of fields and no broken record (CSV quoting, a formula without a
 * value), no field holding a control character, a lone surrogate, a noncharacter or U+FFFD. Every error names its
 * line and column, up to the first `maxCsvErrors`. The format's own field rules come after, in its parser.
 */
export function parseCsvTable<C extends string>({ records: all, columns, required }: CsvTableInput<C>): CsvTable<C> {
  const [header, ...records] = all;
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const headerErrors = checkHeader({ line: header?.line ?? 1, names, columns, required, problem: header?.problem?.code });
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  const rows: CsvTableRow<C>[] = [];
  const errors: CsvFieldError[] = [];
  for (const { line, fields, problem } of records) {
    if (errors.length >= maxCsvErrors) break;
    const rowErrors = problem
      ? [{ line, field: names[Math.min(problem.field, names.length - 1)]!, code: problem.code }]
      : fields.length !== names.length
        ? [{ line, field: names[Math.min(fields.length, names.length) - 1]!, code: 'csv_field_count' as const, values: { fields: fields.length, columns: names.length } }]
        : forbiddenCharacterErrors(line, names, fields);
    errors.push(...rowErrors);
    if (rowErrors.length > 0) continue;
    const values = Object.fromEntries(columns.map((c) => [c, ''])) as Record<C, string>;
    names.forEach((name, i) => (values[name as C] = fields[i]!.trim()));
    rows.push({ line, values });
  }
  return { ok: true, rows, errors };
}

function checkHeader<C extends string>({ line, names, columns, required, problem }: { line: number; names: string[]; columns: readonly C[]; required: readonly C[]; problem?: Problem['code'] }): CsvFieldError[] {
  if (problem) return [{ line, field: 'header', code: problem }];
  const errors: CsvFieldError[] = [];
  const known = columns as readonly string[];
  for (const c of required) if (!names.includes(c)) errors.push({ line, field: c, code: 'csv_column_required', values: { column: c, header: columns.join(',') } });
  names.forEach((name, i) => {
    // A column without a name is named by its position, #1 for the first.
    if (!known.includes(name)) errors.push({ line, field: name || `#${i + 1}`, code: 'csv_column_unknown', values: { known: columns.join(', ') } });
    else if (names.indexOf(name) !== i) errors.push({ line, field: name, code: 'csv_column_repeated' });
  });
  return errors;
}

function forbiddenCharacterErrors(line: number, names: string[], fields: string[]): CsvFieldError[] {
  return fields.flatMap((value, i) => {
    const found = findForbiddenCharacter(value.trim());
    return found ? [{ line, field: names[i]!, ...forbiddenCharacterProblem(found) }] : [];
  });
}

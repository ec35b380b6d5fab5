import { parseCsvTable, type CsvFieldError } from '../csv/parse-csv-table';
import type { TableRecord } from '../csv/table-record';
import type { RecordField } from './issues';

export const interviewCsvColumns = ['id', 'sls_code', 'ppl_id', 'visited_on', 'outcome', 'family_size', 'family_ref'] as const;
const requiredColumns = ['id', 'sls_code', 'ppl_id', 'visited_on', 'outcome'] as const;

/** The CSV column of each record field, to name a rejected field by the file's own header. */
export const csvColumnOfField: Record<RecordField, (typeof interviewCsvColumns)[number]> = {
  id: 'id',
  slsCode: 'sls_code',
  pplId: 'ppl_id',
  visitedOn: 'visited_on',
  outcome: 'outcome',
  familySize: 'family_size',
  familyRef: 'family_ref',
};

export type InterviewCsv = { ok: false; errors: CsvFieldError[] } | { ok: true; records: Record<string, unknown>[]; lines: number[]; errors: CsvFieldError[] };

// Whole numbers become numbers; anything else stays text, for the record rules to refuse by name.
const numberOrText = (value: string) => (/^-?\d{1,15}$/.test(value) ? Number(value) : value);

/**
 * Reads an interview file, CSV or XLSX (`id,sls_code,ppl_id,visited_on,outcome[,family_size][,family_ref]`, empty family_size
 * and family_ref meaning none) by the strict rules of every import, into records shaped like the API's, each with
 * its line. Rows that break the CSV's structure come back as errors beside the records of the others, so that one
 * answer can name every bad line.
 */
export function parseInterviewCsv(file: readonly TableRecord[]): InterviewCsv {
  const table = parseCsvTable({ records: file, columns: interviewCsvColumns, required: requiredColumns });
  if (!table.ok) return table;
  if (table.rows.length === 0 && table.errors.length === 0) return { ok: false, errors: [{ line: 2, field: 'id', code: 'interviews_empty' }] };
  const records = table.rows.map(({ values: v }) => ({
    id: v.id,
    slsCode: v.sls_code,
    pplId: numberOrText(v.ppl_id),
    visitedOn: v.visited_on,
    outcome: v.outcome,
    ...(v.family_size === '' ? {} : { familySize: numberOrText(v.family_size) }),
    ...(v.family_ref === '' ? {} : { familyRef: v.family_ref }),
  }));
  return { ok: true, records, lines: table.rows.map((r) => r.line), errors: table.errors };
}

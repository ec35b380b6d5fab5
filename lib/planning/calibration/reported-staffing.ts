import { isAreaCode, levelOfCode } from '../../areas/codes';
import type { CsvFieldError } from '../../csv/parse-csv-table';
import type { TableRecord } from '../../csv/table-record';

/** What an office reported fielding for an area, as the calibration file states it. */
export interface ReportedArea {
  line: number;
  /** one or more provinsi, kabupaten/kota or kecamatan codes */
  areaCodes: string[];
  name: string;
  /** the families the office targeted */
  families: number;
  ppl: number | null;
  pml: number | null;
  koseka: number | null;
  /** everyone reported, when the roles are not given apart */
  totalStaff: number | null;
  source: string;
}

const required = ['area_codes', 'families'] as const;
const counts = ['ppl', 'pml', 'koseka', 'total_staff'] as const;
const plannable = new Set(['provinsi', 'kabupaten', 'kecamatan']);

/** Codes split on spaces, `;`, `+` or `|`: an area made of several regencies is listed as one row. */
function readCodes(text: string): string[] | null {
  const codes = text.split(/[\s;+|]+/).filter(Boolean);
  return codes.length > 0 && codes.every((c) => isAreaCode(c) && plannable.has(levelOfCode(c))) ? codes : null;
}

function readCount(text: string): number | null | undefined {
  if (text === '') return null;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * Reads the records of a reported-staffing file (`area_codes,area_name,families,ppl,pml,koseka,total_staff,...,source`; other
 * columns are left aside, blank counts are "not reported"). Each bad field is an error with its line and column;
 * a row needs families above 0 and PPL or total staff, the figure it is judged on.
 */
export function parseReportedStaffing(file: readonly TableRecord[]): { ok: true; areas: ReportedArea[] } | { ok: false; errors: CsvFieldError[] } {
  const [header, ...records] = file;
  const names = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length > 0) return { ok: false, errors: missing.map((field) => ({ line: header?.line ?? 1, field, code: 'csv_column_required' as const, values: { column: field } })) };
  const errors: CsvFieldError[] = [];
  const areas: ReportedArea[] = [];
  for (const { line, fields } of records) {
    const cell = (name: string) => (names.includes(name) ? (fields[names.indexOf(name)] ?? '').trim() : '');
    const areaCodes = readCodes(cell('area_codes'));
    if (!areaCodes) errors.push({ line, field: 'area_codes', code: 'area_code_invalid' });
    const families = readCount(cell('families'));
    if (!families) errors.push({ line, field: 'families', code: 'whole_number' });
    const values = counts.map((c) => readCount(cell(c)));
    counts.forEach((c, k) => values[k] === undefined && errors.push({ line, field: c, code: 'whole_number' }));
    if (values[0] === null && values[3] === null) errors.push({ line, field: 'ppl', code: 'csv_column_required', values: { column: 'ppl / total_staff' } });
    if (!areaCodes || !families || values.some((v) => v === undefined)) continue;
    const [ppl, pml, koseka, totalStaff] = values as (number | null)[];
    areas.push({ line, areaCodes, name: cell('area_name'), families, ppl: ppl!, pml: pml!, koseka: koseka!, totalStaff: totalStaff!, source: cell('source') });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, areas };
}

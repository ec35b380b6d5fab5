import { z } from 'zod';
import { ancestorCode } from '../areas/codes';
import { issueProblem } from '../i18n/problem';
import { maxCsvErrors, parseCsvTable, type CsvFieldError } from '../csv/parse-csv-table';
import type { TableRecord } from '../csv/table-record';
import { splitVillageIntoSls } from './generate';
import { accessModes, defaultLocalStaff, maxFamiliesPerSls, maxFamiliesPerVillage, maxTravelDaysOneWay, type SlsWorkload } from './types';

export const workloadColumns = ['village_code', 'sls_code', 'families', 'access_mode', 'travel_days_one_way', 'local_staff'] as const;
const requiredColumns = ['village_code', 'families'] as const;

export type WorkloadParseResult = { ok: true; workloads: SlsWorkload[] } | { ok: false; errors: CsvFieldError[] };

const wholeNumber = () => z.string().trim().regex(/^\d+$/, 'whole_number').transform(Number);
const boundedWholeNumber = (max: number) => wholeNumber().refine((n) => n <= max, { message: 'whole_number_max', params: { max } });

const rowInput = z.object({
  village_code: z.string().trim().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'village_code_format'),
  sls_code: z.string().trim(),
  // Bounded by familiesProblems, which knows whether the row is one SLS or a whole village.
  families: wholeNumber(),
  access_mode: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || 'road')
    .pipe(z.enum(accessModes, { message: 'access_mode_invalid' })),
  travel_days_one_way: z
    .string()
    .trim()
    .transform((v) => v || '0')
    .pipe(boundedWholeNumber(maxTravelDaysOneWay)),
  local_staff: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['', 'yes', 'no', 'ya', 'tidak'], { message: 'local_staff_invalid' }))
    .transform((v) => (v === '' ? null : v === 'yes' || v === 'ya')),
});

/** A parsed row; `accessKnown` is false when its access columns are all blank (the planner then estimates). */
type Row = z.infer<typeof rowInput> & { line: number; accessKnown: boolean };

const accessGiven = (raw: Record<(typeof workloadColumns)[number], string>) => [raw.access_mode, raw.travel_days_one_way, raw.local_staff].some((v) => v.trim() !== '');

export interface ParseWorkloadCsvInput {
  /** the file's records, header first (readCsvRecords or readXlsxRecords) */
  records: readonly TableRecord[];
  /** whether a village code is in the area frame */
  knownVillageCodes: ReadonlySet<string> | ((code: string) => boolean);
  /** seed for splitting a village's families into generated SLS when sls_code is empty */
  seed: number;
}

/**
 * Parses a workload file, CSV or XLSX (`village_code,sls_code,families,access_mode,travel_days_one_way,local_staff`),
 * into SLS workloads, by the strict rules of every import (parseCsvTable). A row whose three access columns are blank
 * gives no access data (`accessKnown: false`, the planner estimates the terrain); one given, the others take their
 * defaults. An empty sls_code splits the village's families
 * (at most 60,000) into generated SLS of ~70; a row with sls_code holds at most 1,000. All-or-nothing: any bad row
 * gives its errors (up to maxCsvErrors) with their line, column and problem code, and no workloads.
 */
export function parseWorkloadCsv({ records, knownVillageCodes, seed }: ParseWorkloadCsvInput): WorkloadParseResult {
  const table = parseCsvTable({ records, columns: workloadColumns, required: requiredColumns });
  if (!table.ok) return { ok: false, errors: table.errors };
  const isKnown = typeof knownVillageCodes === 'function' ? knownVillageCodes : (code: string) => knownVillageCodes.has(code);
  const errors: CsvFieldError[] = [...table.errors];
  const rows: Row[] = [];
  for (const { line, values: raw } of table.rows) {
    if (errors.length >= maxCsvErrors) break;
    const parsed = rowInput.safeParse(raw);
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => ({ line, field: String(issue.path[0]), ...issueProblem(issue) }));
    const fieldErrors = issues.some((e) => e.field === 'families') ? issues : [...issues, ...familiesProblems(raw, line)];
    const codeErrors = fieldErrors.some((e) => e.field === 'village_code') ? [] : codeProblems(raw.village_code, raw.sls_code, isKnown).map((p) => ({ line, ...p }));
    errors.push(...[...fieldErrors, ...codeErrors].sort((a, b) => workloadColumns.indexOf(a.field as never) - workloadColumns.indexOf(b.field as never)));
    if (parsed.success && fieldErrors.length + codeErrors.length === 0) rows.push({ ...parsed.data, line, accessKnown: accessGiven(raw) });
  }
  if (table.errors.length === 0 && table.rows.length === 0) errors.push({ line: 2, field: 'village_code', code: 'workload_empty' });
  errors.push(...crossRowErrors(rows));
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, workloads: rows.flatMap((row) => toWorkloads(row, seed)) };
}

/** An SLS is an RT/RW block, so a row with sls_code is bounded far below a village split into generated SLS. */
function familiesProblems(raw: { sls_code: string; families: string }, line: number): CsvFieldError[] {
  const families = Number(raw.families);
  const [max, code] = raw.sls_code === '' ? [maxFamiliesPerVillage, 'families_max_village' as const] : [maxFamiliesPerSls, 'families_max_sls' as const];
  if (families <= max) return [];
  return [{ line, field: 'families', code, values: { max } }];
}

function codeProblems(villageCode: string, slsCode: string, isKnown: (code: string) => boolean): Omit<CsvFieldError, 'line'>[] {
  if (!isKnown(villageCode)) return [{ field: 'village_code', code: 'village_unknown', values: { villageCode } }];
  if (slsCode !== '' && !/^\d{2}\.\d{2}\.\d{2}\.\d{4}\.\d{4}$/.test(slsCode)) return [{ field: 'sls_code', code: 'sls_code_format' }];
  if (slsCode !== '' && !slsCode.startsWith(`${villageCode}.`)) return [{ field: 'sls_code', code: 'sls_code_prefix', values: { villageCode } }];
  return [];
}

const accessKey = (row: Row) => (row.accessKnown ? `${row.access_mode}|${row.travel_days_one_way}|${localStaffOf(row)}` : 'unknown');
const localStaffOf = (row: Row) => row.local_staff ?? defaultLocalStaff(row.access_mode);

/** Rows that clash with an earlier row: the same SLS twice, a village both split and listed by SLS, or mixed access. */
function crossRowErrors(rows: Row[]): CsvFieldError[] {
  const errors: CsvFieldError[] = [];
  const slsLine = new Map<string, number>();
  const village = new Map<string, { line: number; generated: boolean; access: string }>();
  for (const row of rows) {
    // A village split into generated SLS counts as one key of its own.
    const key = row.sls_code || `${row.village_code}/`;
    const earlier = slsLine.get(key);
    if (earlier !== undefined) {
      errors.push(row.sls_code
        ? { line: row.line, field: 'sls_code', code: 'sls_repeated', values: { slsCode: row.sls_code, line: earlier } }
        : { line: row.line, field: 'sls_code', code: 'village_split_repeated', values: { villageCode: row.village_code, line: earlier } });
    }
    else slsLine.set(key, row.line);
    const first = village.get(row.village_code);
    if (!first) {
      village.set(row.village_code, { line: row.line, generated: row.sls_code === '', access: accessKey(row) });
      continue;
    }
    if (first.generated !== (row.sls_code === '') && earlier === undefined) {
      errors.push({ line: row.line, field: 'sls_code', code: 'village_mixed_sls', values: { villageCode: row.village_code, line: first.line, firstSplit: first.generated ? 'yes' : 'no' } });
    }
    if (first.access !== accessKey(row)) errors.push({ line: row.line, field: 'access_mode', code: 'access_mismatch', values: { villageCode: row.village_code, line: first.line } });
  }
  return errors;
}

function toWorkloads(row: Row, seed: number): SlsWorkload[] {
  const districtCode = ancestorCode(row.village_code, 'kecamatan');
  const localStaff = localStaffOf(row);
  const sls = row.sls_code ? [{ slsCode: row.sls_code, families: row.families }] : splitVillageIntoSls(row.village_code, row.families, seed);
  // Every field written out, in one order: objects of one shape keep the planner's reads fast.
  return sls.map((s) => ({
    slsCode: s.slsCode,
    villageCode: row.village_code,
    districtCode,
    families: s.families,
    accessMode: row.access_mode,
    travelDaysOneWay: row.travel_days_one_way,
    localStaff,
    accessKnown: row.accessKnown,
  }));
}

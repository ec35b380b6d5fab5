import { z } from 'zod';
import { ancestorCode } from '../areas/codes';
import { maxCsvErrors, parseCsvTable, type CsvFieldError } from '../csv/parse-csv-table';
import { splitVillageIntoSls } from './generate';
import { accessModes, defaultLocalStaff, maxFamiliesPerSls, maxFamiliesPerVillage, maxTravelDaysOneWay, type SlsWorkload } from './types';

export const workloadColumns = ['village_code', 'sls_code', 'families', 'access_mode', 'travel_days_one_way', 'local_staff'] as const;
const requiredColumns = ['village_code', 'families'] as const;

export type WorkloadParseResult = { ok: true; workloads: SlsWorkload[] } | { ok: false; errors: CsvFieldError[] };

const wholeNumber = (field: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `${field} harus bilangan bulat >= 0`)
    .transform(Number);
const boundedWholeNumber = (field: string, max: number) => wholeNumber(field).refine((n) => n <= max, `${field} paling banyak ${max.toLocaleString('id-ID')}`);

const rowInput = z.object({
  village_code: z.string().trim().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'kode desa harus berbentuk 64.71.01.1001'),
  sls_code: z.string().trim(),
  // Bounded by familiesProblems, which knows whether the row is one SLS or a whole village.
  families: wholeNumber('jumlah keluarga'),
  access_mode: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || 'road')
    .pipe(z.enum(accessModes, { message: 'moda akses harus road, boat, plane atau foot' })),
  travel_days_one_way: z
    .string()
    .trim()
    .transform((v) => v || '0')
    .pipe(boundedWholeNumber('hari perjalanan sekali jalan', maxTravelDaysOneWay)),
  local_staff: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['', 'yes', 'no', 'ya', 'tidak'], { message: 'local_staff harus yes/no (atau ya/tidak)' }))
    .transform((v) => (v === '' ? null : v === 'yes' || v === 'ya')),
});

type Row = z.infer<typeof rowInput> & { line: number };

export interface ParseWorkloadCsvInput {
  text: string;
  /** whether a village code is in the area frame */
  knownVillageCodes: ReadonlySet<string> | ((code: string) => boolean);
  /** seed for splitting a village's families into generated SLS when sls_code is empty */
  seed: number;
}

/**
 * Parses a workload CSV (`village_code,sls_code,families,access_mode,travel_days_one_way,local_staff`) into SLS
 * workloads, by the strict rules of every import (parseCsvTable). An empty sls_code splits the village's families
 * (at most 60,000) into generated SLS of ~70; a row with sls_code holds at most 1,000. All-or-nothing: any bad row
 * gives its errors (up to maxCsvErrors) with line and column (Indonesian messages) and no workloads.
 */
export function parseWorkloadCsv({ text, knownVillageCodes, seed }: ParseWorkloadCsvInput): WorkloadParseResult {
  const table = parseCsvTable({ text, columns: workloadColumns, required: requiredColumns });
  if (!table.ok) return { ok: false, errors: table.errors };
  const isKnown = typeof knownVillageCodes === 'function' ? knownVillageCodes : (code: string) => knownVillageCodes.has(code);
  const errors: CsvFieldError[] = [...table.errors];
  const rows: Row[] = [];
  for (const { line, values: raw } of table.rows) {
    if (errors.length >= maxCsvErrors) break;
    const parsed = rowInput.safeParse(raw);
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => ({ line, field: String(issue.path[0]), message: issue.message }));
    const fieldErrors = issues.some((e) => e.field === 'families') ? issues : [...issues, ...familiesProblems(raw, line)];
    const codeErrors = fieldErrors.some((e) => e.field === 'village_code') ? [] : codeProblems(raw.village_code, raw.sls_code, isKnown).map((p) => ({ line, ...p }));
    errors.push(...[...fieldErrors, ...codeErrors].sort((a, b) => workloadColumns.indexOf(a.field as never) - workloadColumns.indexOf(b.field as never)));
    if (parsed.success && fieldErrors.length + codeErrors.length === 0) rows.push({ ...parsed.data, line });
  }
  if (table.errors.length === 0 && table.rows.length === 0) errors.push({ line: 2, field: 'village_code', message: 'berkas tidak berisi baris beban kerja' });
  errors.push(...crossRowErrors(rows));
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, workloads: rows.flatMap((row) => toWorkloads(row, seed)) };
}

/** An SLS is an RT/RW block, so a row with sls_code is bounded far below a village split into generated SLS. */
function familiesProblems(raw: { sls_code: string; families: string }, line: number): CsvFieldError[] {
  const families = Number(raw.families);
  const [max, what] = raw.sls_code === '' ? [maxFamiliesPerVillage, 'satu desa'] : [maxFamiliesPerSls, 'satu SLS'];
  if (families <= max) return [];
  return [{ line, field: 'families', message: `jumlah keluarga ${what} paling banyak ${max.toLocaleString('id-ID')}` }];
}

function codeProblems(villageCode: string, slsCode: string, isKnown: (code: string) => boolean): Omit<CsvFieldError, 'line'>[] {
  if (!isKnown(villageCode)) return [{ field: 'village_code', message: `desa ${villageCode} tidak ada di kerangka wilayah` }];
  if (slsCode !== '' && !/^\d{2}\.\d{2}\.\d{2}\.\d{4}\.\d{4}$/.test(slsCode)) return [{ field: 'sls_code', message: 'kode SLS harus berbentuk 64.71.01.1001.0001' }];
  if (slsCode !== '' && !slsCode.startsWith(`${villageCode}.`)) return [{ field: 'sls_code', message: `kode SLS harus diawali kode desa ${villageCode}.` }];
  return [];
}

const accessKey = (row: Row) => `${row.access_mode}|${row.travel_days_one_way}|${localStaffOf(row)}`;
const localStaffOf = (row: Row) => row.local_staff ?? defaultLocalStaff(row.access_mode);

/** Rows that clash with an earlier row: the same SLS twice, a village both split and listed by SLS, or mixed access. */
function crossRowErrors(rows: Row[]): CsvFieldError[] {
  const errors: CsvFieldError[] = [];
  const slsLine = new Map<string, number>();
  const village = new Map<string, { line: number; generated: boolean; access: string }>();
  for (const row of rows) {
    const key = row.sls_code || `${row.village_code} (tanpa sls_code)`;
    const earlier = slsLine.get(key);
    if (earlier !== undefined) errors.push({ line: row.line, field: 'sls_code', message: `${key} sudah ada di baris ${earlier}` });
    else slsLine.set(key, row.line);
    const first = village.get(row.village_code);
    if (!first) {
      village.set(row.village_code, { line: row.line, generated: row.sls_code === '', access: accessKey(row) });
      continue;
    }
    if (first.generated !== (row.sls_code === '') && earlier === undefined) {
      errors.push({ line: row.line, field: 'sls_code', message: `desa ${row.village_code} di baris ${first.line} ${first.generated ? 'tanpa' : 'dengan'} sls_code; pakai satu cara per desa` });
    }
    if (first.access !== accessKey(row)) errors.push({ line: row.line, field: 'access_mode', message: `akses desa ${row.village_code} berbeda dengan baris ${first.line}` });
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
  }));
}

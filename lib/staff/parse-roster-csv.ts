import { z } from 'zod';
import { maxCsvErrors, parseCsvTable, type CsvFieldError } from '../csv/parse-csv-table';
import type { TableRecord } from '../csv/table-record';
import { issueProblem } from '../i18n/problem';
import { singleLineText } from '../text/single-line-text';

export type { CsvFieldError } from '../csv/parse-csv-table';

export const rosterHeader = ['name', 'role', 'phone', 'home_village_code'] as const;

export interface RosterPerson {
  line: number;
  name: string;
  role: 'ppl' | 'pml' | 'koseka';
  phone: string | null;
  homeVillageCode: string;
}

export type RosterParseResult = { ok: true; people: RosterPerson[] } | { ok: false; errors: CsvFieldError[] };

const rowSchema = z.object({
  name: singleLineText({ label: 'name', min: 2, max: 120 }),
  role: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['ppl', 'pml', 'koseka'], { message: 'role_invalid' })),
  phone: z
    .string()
    .trim()
    .refine((p) => p === '' || /^\+?[0-9][0-9 -]{6,18}$/.test(p), 'phone_invalid')
    .transform((p) => (p === '' ? null : p.replace(/[ -]/g, ''))),
  home_village_code: z.string().trim().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'village_code_format'),
});

/**
 * Parses a staff roster, CSV or XLSX (name, role, phone, home village code; every column required) by the strict rules of
 * every import (parseCsvTable). All-or-nothing: any bad row gives its errors (up to maxCsvErrors) with line and
 * field, and no people. `isVillage` says whether a code is in the area frame.
 */
export function parseRosterCsv({ records, isVillage }: { records: readonly TableRecord[]; isVillage: (code: string) => boolean }): RosterParseResult {
  const table = parseCsvTable({ records, columns: rosterHeader, required: rosterHeader });
  if (!table.ok) return { ok: false, errors: table.errors };
  const errors: CsvFieldError[] = [...table.errors];
  const people: RosterPerson[] = [];
  for (const { line, values } of table.rows) {
    if (errors.length >= maxCsvErrors) break;
    const parsed = rowSchema.safeParse(values);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ line, field: String(issue.path[0]), ...issueProblem(issue) });
      continue;
    }
    const row = parsed.data;
    if (!isVillage(row.home_village_code)) {
      errors.push({ line, field: 'home_village_code', code: 'village_unknown', values: { villageCode: row.home_village_code } });
      continue;
    }
    people.push({ line, name: row.name, role: row.role, phone: row.phone, homeVillageCode: row.home_village_code });
  }
  if (table.errors.length === 0 && table.rows.length === 0) errors.push({ line: 2, field: 'name', code: 'roster_empty' });
  return errors.length > 0 ? { ok: false, errors: errors.sort((a, b) => a.line - b.line) } : { ok: true, people };
}

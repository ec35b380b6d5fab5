import { z } from 'zod';
import { parseCsv } from '../csv/parse-csv';

export const rosterHeader = ['name', 'role', 'phone', 'home_village_code'] as const;

export interface RosterPerson {
  line: number;
  name: string;
  role: 'ppl' | 'pml' | 'koseka';
  phone: string | null;
  homeVillageCode: string;
}

export interface CsvFieldError {
  line: number;
  field: string;
  message: string;
}

export type RosterParseResult = { ok: true; people: RosterPerson[] } | { ok: false; errors: CsvFieldError[] };

const rowSchema = z.object({
  name: z.string().trim().min(2, 'nama minimal 2 huruf').max(120, 'nama terlalu panjang'),
  role: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['ppl', 'pml', 'koseka'], { message: 'peran harus ppl, pml atau koseka' })),
  phone: z
    .string()
    .trim()
    .refine((p) => p === '' || /^\+?[0-9][0-9 -]{6,18}$/.test(p), 'nomor telepon tidak valid')
    .transform((p) => (p === '' ? null : p.replace(/[ -]/g, ''))),
  home_village_code: z.string().trim().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'kode desa harus berbentuk 64.71.01.1001'),
});

/**
 * Parses a staff roster CSV (name, role, phone, home village code). All-or-nothing: any bad row gives every error
 * with its line and field, and no people. `isVillage` says whether a code is in the area frame.
 */
export function parseRosterCsv({ text, isVillage }: { text: string; isVillage: (code: string) => boolean }): RosterParseResult {
  const [header, ...records] = parseCsv(text);
  const columns = header?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const missing = rosterHeader.filter((c) => !columns.includes(c));
  if (!header || missing.length > 0) {
    return { ok: false, errors: [{ line: 1, field: missing.join(', ') || 'header', message: `header harus ${rosterHeader.join(',')}` }] };
  }
  const errors: CsvFieldError[] = [];
  const people: RosterPerson[] = [];
  for (const { line, fields } of records) {
    const raw = Object.fromEntries(columns.map((c, i) => [c, fields[i] ?? '']));
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ line, field: String(issue.path[0]), message: issue.message });
      continue;
    }
    const row = parsed.data;
    if (!isVillage(row.home_village_code)) {
      errors.push({ line, field: 'home_village_code', message: `desa ${row.home_village_code} tidak ada di kerangka wilayah` });
      continue;
    }
    people.push({ line, name: row.name, role: row.role, phone: row.phone, homeVillageCode: row.home_village_code });
  }
  if (records.length === 0) errors.push({ line: 2, field: 'name', message: 'berkas tidak berisi petugas' });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, people };
}

import type { RejectionCode } from '@/lib/interviews/issues';
import type { Lang } from '@/lib/i18n/languages';

type Params = Record<string, string | number>;
type Wording = Record<RejectionCode | 'id_conflict', (field: string, p: Params) => string>;

const id: Wording = {
  not_a_record: () => 'rekaman harus berupa objek JSON',
  unknown_field: (f) => `kolom ${f} tidak dikenal (yang dikenal: id, slsCode, pplId, visitedOn, outcome, familySize, familyRef)`,
  missing_field: (f) => `${f} wajib diisi`,
  invalid_id: () => 'id harus UUID buatan klien, mis. 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  bad_sls_code: () => 'slsCode harus kode SLS berbentuk 64.71.01.1001.0001',
  unknown_sls: () => 'SLS ini tidak ada dalam kerangka operasi',
  sls_outside_scope: () => 'SLS ini di luar wilayah kerja Anda',
  bad_ppl_id: () => 'pplId harus bilangan bulat positif (id petugas di daftar petugas)',
  unknown_ppl: () => 'pplId tidak ada di daftar petugas operasi ini',
  not_a_ppl: (_f, p) => `petugas ini bukan PPL (perannya ${String(p.role).toUpperCase()})`,
  bad_date: () => 'visitedOn harus tanggal yang ada di kalender, berbentuk YYYY-MM-DD',
  visit_before_window: (_f, p) => `tanggal kunjungan sebelum jendela pendataan (mulai ${p.windowStart})`,
  visit_after_window: (_f, p) => `tanggal kunjungan sesudah jendela pendataan (berakhir ${p.windowEnd})`,
  visit_in_future: (_f, p) => `tanggal kunjungan sesudah hari ini (${p.today})`,
  bad_outcome: () => 'outcome harus salah satu dari completed, refused, not_home, moved, not_found',
  bad_family_size: (_f, p) => `familySize harus bilangan bulat ${p.min}-${p.max}`,
  bad_family_ref: (_f, p) => `familyRef harus 1-${p.maxLength} karakter ASCII yang tercetak, tanpa spasi di awal atau akhir`,
  id_conflict: () => 'id ini sudah dipakai rekaman lain dengan isi berbeda; rekaman pertama yang berlaku',
};

const en: Wording = {
  not_a_record: () => 'a record must be a JSON object',
  unknown_field: (f) => `unknown field ${f} (known: id, slsCode, pplId, visitedOn, outcome, familySize, familyRef)`,
  missing_field: (f) => `${f} is required`,
  invalid_id: () => 'id must be a client-generated UUID, e.g. 3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  bad_sls_code: () => 'slsCode must be an SLS code like 64.71.01.1001.0001',
  unknown_sls: () => 'this SLS is not in the operation\'s frame',
  sls_outside_scope: () => 'this SLS is outside your areas',
  bad_ppl_id: () => 'pplId must be a positive integer (the staff id on the roster)',
  unknown_ppl: () => 'pplId is not on this operation\'s roster',
  not_a_ppl: (_f, p) => `this person is not a PPL (their role is ${String(p.role).toUpperCase()})`,
  bad_date: () => 'visitedOn must be a real calendar date, as YYYY-MM-DD',
  visit_before_window: (_f, p) => `the visit is before the fieldwork window (which starts ${p.windowStart})`,
  visit_after_window: (_f, p) => `the visit is after the fieldwork window (which ends ${p.windowEnd})`,
  visit_in_future: (_f, p) => `the visit is after today (${p.today})`,
  bad_outcome: () => 'outcome must be one of completed, refused, not_home, moved, not_found',
  bad_family_size: (_f, p) => `familySize must be a whole number ${p.min}-${p.max}`,
  bad_family_ref: (_f, p) => `familyRef must be 1-${p.maxLength} printable ASCII characters, no space at either end`,
  id_conflict: () => 'this id was already used by a record with other content; the first one stands',
};

/** A rejection or conflict as a sentence in the caller's language. */
export function describeIntakeIssue({ field, code, params = {} }: { field: string; code: RejectionCode | 'id_conflict'; params?: Params }, lang: Lang): string {
  return (lang === 'en' ? en : id)[code](field, params);
}

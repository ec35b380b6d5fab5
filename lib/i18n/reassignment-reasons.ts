import type { Lang } from './languages';

/** Why a move, a dropout or its proposal was refused, with the numbers that explain it (no sentences in lib/). */
export type ReassignmentRefusal =
  | { code: 'same_ppl' }
  | { code: 'nothing_to_move' }
  | { code: 'more_than_left'; familiesLeft: number }
  | { code: 'other_district'; fromDistrictCode: string; toDistrictCode: string }
  | { code: 'receiver_inactive' }
  | { code: 'over_max_daily'; newFamiliesPerDay: number; maxDailyFamilies: number }
  | { code: 'override_needs_note' }
  | { code: 'stale_version'; slsCode: string }
  | { code: 'plan_not_in_force'; districtCode: string }
  | { code: 'not_unfinished'; slsCode: string; index: number }
  | { code: 'unfinished_left'; slsCode: string; familiesLeft: number }
  | { code: 'missing_version'; slsCode: string }
  | { code: 'already_dropped_out' }
  | { code: 'dropout_before_window'; windowStart: string }
  | { code: 'dropout_after_today'; today: string };

type Wording = { [C in ReassignmentRefusal['code']]: (r: Extract<ReassignmentRefusal, { code: C }>) => string };

const perDay = (n: number, lang: Lang) => n.toLocaleString(lang === 'en' ? 'en-US' : 'id-ID', { maximumFractionDigits: 1 });

const id: Wording = {
  same_ppl: () => 'PPL pemberi dan penerima sama',
  nothing_to_move: () => 'Tidak ada keluarga yang dipindahkan',
  more_than_left: (r) => `Hanya ${r.familiesLeft} keluarga SLS ini yang belum selesai pada PPL tersebut`,
  other_district: (r) => `Beban kerja tidak boleh pindah kecamatan (${r.fromDistrictCode} ke ${r.toDistrictCode})`,
  receiver_inactive: () => 'PPL penerima sudah tidak aktif',
  over_max_daily: (r) => `Target harian PPL penerima menjadi ${perDay(r.newFamiliesPerDay, 'id')} keluarga/hari, di atas batas ${r.maxDailyFamilies}; kirim override: true dengan catatan bila tetap ingin memindahkan`,
  override_needs_note: () => 'Override wajib disertai catatan alasannya',
  stale_version: (r) => `Penugasan SLS ${r.slsCode} sudah diubah orang lain; muat ulang lalu coba lagi`,
  plan_not_in_force: (r) => `Rencana ini bukan rencana yang berlaku di kecamatan ${r.districtCode}`,
  not_unfinished: (r) => `Pemindahan ke-${r.index + 1}: PPL ini tidak punya sisa keluarga di SLS ${r.slsCode}`,
  unfinished_left: (r) => `Masih ada ${r.familiesLeft} keluarga SLS ${r.slsCode} yang belum dipindahkan`,
  missing_version: (r) => `Versi penugasan SLS ${r.slsCode} wajib dikirim di versions`,
  already_dropped_out: () => 'PPL ini sudah tercatat mundur',
  dropout_before_window: (r) => `Tanggal mundur sebelum jendela pendataan (mulai ${r.windowStart})`,
  dropout_after_today: (r) => `Tanggal mundur tidak boleh sesudah hari ini (${r.today})`,
};

const en: Wording = {
  same_ppl: () => 'The giving and receiving PPL are the same',
  nothing_to_move: () => 'No families to move',
  more_than_left: (r) => `Only ${r.familiesLeft} families of this SLS are still unfinished with that PPL`,
  other_district: (r) => `Work may not move to another kecamatan (${r.fromDistrictCode} to ${r.toDistrictCode})`,
  receiver_inactive: () => 'The receiving PPL is no longer active',
  over_max_daily: (r) => `The receiving PPL's daily target would become ${perDay(r.newFamiliesPerDay, 'en')} families a day, above the maximum of ${r.maxDailyFamilies}; send override: true with a note to move it anyway`,
  override_needs_note: () => 'An override needs a note saying why',
  stale_version: (r) => `The assignment of SLS ${r.slsCode} was changed by someone else; reload and try again`,
  plan_not_in_force: (r) => `This plan is not the plan in force in kecamatan ${r.districtCode}`,
  not_unfinished: (r) => `Move ${r.index + 1}: this PPL has nothing left of SLS ${r.slsCode}`,
  unfinished_left: (r) => `${r.familiesLeft} families of SLS ${r.slsCode} are still not moved`,
  missing_version: (r) => `The version of the assignment of SLS ${r.slsCode} must be sent in versions`,
  already_dropped_out: () => 'This PPL is already recorded as dropped out',
  dropout_before_window: (r) => `The dropout date is before the fieldwork window (which starts ${r.windowStart})`,
  dropout_after_today: (r) => `The dropout date may not be after today (${r.today})`,
};

/** A refusal as a sentence in the caller's language. */
export function describeReassignmentRefusal(refusal: ReassignmentRefusal, lang: Lang): string {
  const wording = (lang === 'en' ? en : id)[refusal.code] as (r: ReassignmentRefusal) => string;
  return wording(refusal);
}

import { describe, expect, it } from 'vitest';
import { describeReassignmentRefusal } from '@/lib/i18n/reassignment-reasons';
import { applyDropoutInput, auditQuery, moveInput, suggestionsQuery } from '@/lib/reassignment/inputs';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
const move = { slsCode: '64.71.01.1001.0001', fromSlotId: 1, toSlotId: 2, version: 1 };

describe('moveInput', () => {
  it.each([
    ['a whole SLS', move, []],
    ['some families with an override and a note', { ...move, families: 20, override: true, note: '  PPL dekat rumah  ' }, []],
    ['an unknown field', { ...move, slot: 3 }, [': Unrecognized key: "slot"']],
    ['a village code', { ...move, slsCode: '64.71.01.1001' }, ['slsCode: sls_code_format']],
    ['zero families', { ...move, families: 0 }, ['families: Jumlah keluarga minimal 1']],
    ['half a family', { ...move, families: 1.5 }, ['families: Jumlah keluarga harus bilangan bulat']],
    ['no version', { ...move, version: undefined }, ['version: Versi harus angka']],
    ['a note of two lines', { ...move, note: 'satu\ndua' }, ['note: text_forbidden_character']],
    ['a note too long', { ...move, note: 'x'.repeat(501) }, ['note: text_too_long']],
  ] as const)('%s', (_what, body, issues) => {
    const parsed = moveInput.safeParse(body);
    expect(issuesOf(parsed)).toEqual(issues);
  });

  it('trims the note and defaults override to false', () => {
    expect(moveInput.parse({ ...move, note: '  dekat  ' })).toEqual({ ...move, override: false, note: 'dekat' });
  });
});

describe('the other inputs', () => {
  it('reads suggestions from query strings and refuses a bad slot', () => {
    expect(suggestionsQuery.parse({ sls: '64.71.01.1001.0001', from: '12', families: '5' })).toEqual({ sls: '64.71.01.1001.0001', from: 12, families: 5 });
    expect(issuesOf(suggestionsQuery.safeParse({ sls: '64.71.01.1001.0001', from: 'x' }))).toEqual(['from: Nomor petugas harus angka']);
  });

  it('asks the audit for exactly one subject', () => {
    expect(auditQuery.parse({ sls: '64.71.01.1001.0001' })).toEqual({ sls: '64.71.01.1001.0001', format: 'json' });
    expect(issuesOf(auditQuery.safeParse({}))).toEqual(['ppl: audit_subject_one']);
    expect(issuesOf(auditQuery.safeParse({ ppl: '3', kecamatan: '64.71.01' }))).toEqual(['ppl: audit_subject_one']);
  });

  it('takes a dropout\'s reason from a closed list and its versions by SLS code', () => {
    const base = { slotId: 4, from: '2022-10-27', reason: 'sick', moves: [], versions: { '64.71.01.1001.0001': 2 } };
    expect(applyDropoutInput.safeParse(base).success).toBe(true);
    expect(issuesOf(applyDropoutInput.safeParse({ ...base, reason: 'bored' }))).toEqual(['reason: Alasan harus salah satu dari resigned, sick, other']);
    expect(issuesOf(applyDropoutInput.safeParse({ ...base, from: '2022-02-30' }))).toEqual(['from: Tanggal 2022-02-30 tidak ada di kalender']);
    expect(issuesOf(applyDropoutInput.safeParse({ ...base, versions: { '64.71': 1 } })).length).toBe(1);
  });
});

describe('describeReassignmentRefusal', () => {
  it.each([
    [{ code: 'over_max_daily', newFamiliesPerDay: 15.25, maxDailyFamilies: 14 }, 'id', 'Target harian PPL penerima menjadi 15,3 keluarga/hari, di atas batas 14; kirim override: true dengan catatan bila tetap ingin memindahkan'],
    [{ code: 'over_max_daily', newFamiliesPerDay: 15.25, maxDailyFamilies: 14 }, 'en', 'The receiving PPL\'s daily target would become 15.3 families a day, above the maximum of 14; send override: true with a note to move it anyway'],
    [{ code: 'more_than_left', familiesLeft: 12 }, 'id', 'Hanya 12 keluarga SLS ini yang belum selesai pada PPL tersebut'],
    [{ code: 'unfinished_left', slsCode: '64.71.01.1001.0002', familiesLeft: 5 }, 'id', 'Masih ada 5 keluarga SLS 64.71.01.1001.0002 yang belum dipindahkan'],
  ] as const)('%o in %s', (refusal, lang, sentence) => {
    expect(describeReassignmentRefusal(refusal, lang)).toBe(sentence);
  });
});

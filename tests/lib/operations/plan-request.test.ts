import { describe, expect, it } from 'vitest';
import { applyOverrides, planRequestInput } from '@/lib/operations/plan-request';
import { defaultOperationParams } from '@/lib/operations/params';
import { words } from '../../i18n/words';

const issuesOf = (body: Record<string, unknown>) => {
  const result = planRequestInput.safeParse({ areaCode: '64.71', name: 'Skenario A', ...body });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.code === 'unrecognized_keys' ? i.keys.join(',') : words(i)}`);
};

describe('a plan request is refused whole when any part is out of bounds', () => {
  it.each([
    { case: 'a NUL in the name', body: { name: 'Uji\u0000' }, issues: ['name: Nama skenario memuat karakter kendali U+0000 yang tidak diizinkan'] },
    { case: 'a U+FFFF in the name', body: { name: 'Uji\uffff' }, issues: ['name: Nama skenario memuat U+FFFF, yang bukan karakter dan tidak diizinkan'] },
    { case: 'an empty name', body: { name: ' ' }, issues: ['name: Nama skenario wajib diisi'] },
    { case: 'a long name', body: { name: 'x'.repeat(81) }, issues: ['name: Nama skenario maks. 80 karakter'] },
    // a 10 MB unknown key was accepted before
    { case: 'an unknown 10 MB key', body: { padding: 'x'.repeat(10_000_000) }, issues: [': padding'] },
    { case: 'an unknown parameter', body: { params: { holidayz: [] } }, issues: ['params: holidayz'] },
    { case: '800,000 holidays', body: { params: { holidays: Array.from({ length: 800_000 }, () => '2022-10-17') } }, issues: ['params.holidays: hari libur paling banyak 366 tanggal'] },
    { case: 'a window from 1900', body: { params: { windowStart: '1900-01-01' } }, issues: ['params.windowStart: tanggal 1900-01-01 di luar tahun 2000-2100'] },
    { case: 'an impossible date', body: { params: { windowEnd: '2022-02-30' } }, issues: ['params.windowEnd: tanggal 2022-02-30 tidak ada di kalender'] },
    { case: 'money beyond 10^12', body: { params: { boatLegRupiah: 2e12 } }, issues: ['params.boatLegRupiah: jumlah rupiah paling banyak 1 triliun'] },
  ])('$case', ({ body, issues }) => {
    expect(issuesOf(body)).toEqual(issues);
  });

  it('checks the overrides with the operation as a whole: a window longer than a year, a holiday outside it', () => {
    const request = planRequestInput.parse({ areaCode: '64.71', name: 'Setahun lebih', params: { windowEnd: '2023-12-31' } });
    const applied = applyOverrides({ ...defaultOperationParams, holidays: ['2022-10-17'] }, request.params);
    expect(applied.success ? [] : applied.error.issues.map((i) => words(i))).toEqual(['jendela pendataan paling lama 366 hari']);
    const moved = applyOverrides({ ...defaultOperationParams, holidays: ['2022-10-17'] }, { windowStart: '2023-10-15', windowEnd: '2023-11-14' });
    expect(moved.success ? [] : moved.error.issues.map((i) => words(i))).toEqual(['hari libur 2022-10-17 di luar jendela pendataan 2023-10-15 s.d. 2023-11-14']);
  });
});

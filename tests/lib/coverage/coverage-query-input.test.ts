import { describe, expect, it } from 'vitest';
import { asOfBounds, coverageQueryInput } from '@/lib/coverage/coverage-query-input';

const window = { windowStart: '2022-10-15', windowEnd: '2022-11-14' }; // 31 days
const input = coverageQueryInput(window);

describe('coverageQueryInput', () => {
  it('allows the window and 31 days either side', () => {
    expect(asOfBounds(window)).toEqual({ earliest: '2022-09-14', latest: '2022-12-15' });
  });

  it.each([
    // area                      asOf
    ['ID', '2022-10-28'],
    ['64', '2022-09-14'],
    ['64.71.01.1001.0001', '2022-12-15'], // an SLS
    [undefined, undefined],
  ])('accepts area %s as of %s', (area, asOf) => {
    expect(input.safeParse({ area, asOf }).success).toBe(true);
  });

  it.each([
    // area         asOf            message
    ['64.7', undefined, 'Kode wilayah tidak valid: "64.7" (contoh: ID, 64, 64.71, 64.71.01.1001)'],
    ['id', undefined, 'Kode wilayah tidak valid: "id" (contoh: ID, 64, 64.71, 64.71.01.1001)'],
    ['64;drop', undefined, 'Kode wilayah tidak valid: "64;drop" (contoh: ID, 64, 64.71, 64.71.01.1001)'],
    [undefined, '28-10-2022', 'asOf harus tanggal berbentuk YYYY-MM-DD'],
    [undefined, '2022-02-30', 'tanggal 2022-02-30 tidak ada di kalender'],
    [undefined, '2022-09-13', 'tanggal 2022-09-13 di luar rentang operasi (2022-09-14 s.d. 2022-12-15)'],
    [undefined, '2022-12-16', 'tanggal 2022-12-16 di luar rentang operasi (2022-09-14 s.d. 2022-12-15)'],
  ])('refuses area %s as of %s: %s', (area, asOf, message) => {
    const parsed = input.safeParse({ area, asOf });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([message]);
  });
});

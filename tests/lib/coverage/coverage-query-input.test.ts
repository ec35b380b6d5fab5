import { describe, expect, it } from 'vitest';
import { asOfBounds, coverageQueryInput } from '@/lib/coverage/coverage-query-input';
import { issueProblem } from '@/lib/i18n/problem';

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
    ['64.7', undefined, { code: 'coverage_area_invalid', values: { areaCode: '64.7' } }],
    ['id', undefined, { code: 'coverage_area_invalid', values: { areaCode: 'id' } }],
    ['64;drop', undefined, { code: 'coverage_area_invalid', values: { areaCode: '64;drop' } }],
    [undefined, '28-10-2022', { code: 'date_format', values: {} }],
    [undefined, '2022-02-30', { code: 'date_not_in_calendar', values: { date: '2022-02-30' } }],
    [undefined, '2022-09-13', { code: 'as_of_out_of_range', values: { date: '2022-09-13', earliest: '2022-09-14', latest: '2022-12-15' } }],
    [undefined, '2022-12-16', { code: 'as_of_out_of_range', values: { date: '2022-12-16', earliest: '2022-09-14', latest: '2022-12-15' } }],
  ])('refuses area %s as of %s: %j', (area, asOf, problem) => {
    const parsed = input.safeParse({ area, asOf });
    expect(parsed.error?.issues.map(issueProblem)).toEqual([problem]);
  });
});

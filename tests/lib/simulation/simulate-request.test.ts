import { describe, expect, it } from 'vitest';
import { issueProblem } from '@/lib/i18n/problem';
import { simulateRequestInput } from '@/lib/simulation/simulate-request';

describe('simulateRequestInput', () => {
  it.each([
    [{}, {}],
    [{ until: '2022-10-28' }, { until: '2022-10-28' }],
    [{ until: '2022-10-20', region: ' 64.71 ' }, { until: '2022-10-20', region: '64.71' }],
    [{ region: '65' }, { region: '65' }],
    [{ region: 'ID' }, { region: 'ID' }],
  ])('takes %j', (input, parsed) => {
    expect(simulateRequestInput.parse(input)).toEqual(parsed);
  });

  it.each([
    [{ until: '28-10-2022' }, 'date_format'],
    [{ until: '2022-02-30' }, 'date_not_in_calendar'],
    [{ region: '64.71.01' }, 'plan_area_code_invalid'], // a kecamatan: too small to be a region
    [{ region: 'Balikpapan' }, 'plan_area_code_invalid'],
    [{ area: '64.71' }, 'unknown_keys'],
  ])('refuses %j with %s', (input, code) => {
    const parsed = simulateRequestInput.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(issueProblem(parsed.error!.issues[0]!).code).toBe(code);
  });
});

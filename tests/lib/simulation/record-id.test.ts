import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { simulatedFamilyRef, simulatedRecordId } from '@/lib/simulation/record-id';

describe('simulatedRecordId', () => {
  it.each([
    // operation  SLS                    family  visit  id
    [1, '64.71.01.1001.0001', 1, 1, '50000164-7101-8100-8100-010001100000'],
    [1, '64.71.01.1001.0001', 1, 2, '50000164-7101-8100-8100-010001200000'], // the revisit of the same family
    [1, '64.71.01.1001.0001', 12, 1, '50000164-7101-8100-8100-010012100000'],
    [7, '65.02.04.2003.0105', 345, 3, '50000765-0204-8200-8301-050345300000'],
    [123456, '14.10.06.2001.0002', 9999, 9, '52345614-1006-8200-8100-029999900000'], // operation id modulo 100,000
  ] as const)('operation %s, %s family %s visit %s is %s', (operationId, slsCode, family, visit, id) => {
    const made = simulatedRecordId({ operationId, slsCode, family, visit });
    expect(made).toBe(id);
    expect(z.uuid().safeParse(made).success).toBe(true);
  });

  it('gives every visit of every family its own id', () => {
    const ids = new Set<string>();
    for (const sls of ['64.71.01.1001.0001', '64.71.01.1001.0002', '64.71.01.1002.0001']) {
      for (let family = 1; family <= 120; family++) for (let visit = 1; visit <= 3; visit++) ids.add(simulatedRecordId({ operationId: 1, slsCode: sls, family, visit }));
    }
    expect(ids.size).toBe(3 * 120 * 3);
  });

  it.each([
    ['64.71.01.1001', 1, 1], // a village, not an SLS
    ['64.71.01.1001.0001', 0, 1],
    ['64.71.01.1001.0001', 10_000, 1],
    ['64.71.01.1001.0001', 1, 10],
  ] as const)('refuses %s family %s visit %s', (slsCode, family, visit) => {
    expect(() => simulatedRecordId({ operationId: 1, slsCode, family, visit })).toThrow();
  });
});

describe('simulatedFamilyRef', () => {
  it.each([
    ['64.71.01.1001.0001', 1, 'SIM-64710110010001-0001'],
    ['91.71.02.2008.0010', 87, 'SIM-91710220080010-0087'],
  ] as const)('%s family %s is %s', (slsCode, family, ref) => {
    expect(simulatedFamilyRef({ slsCode, family })).toBe(ref);
  });
});

import { describe, expect, it } from 'vitest';
import { plannedDaysByArea } from '@/lib/coverage/planned-days-by-area';
import { plansInForce } from '@/lib/coverage/plans-in-force';

const day = '2022-10-15';
const rows = (families: Record<string, number>) => Object.entries(families).map(([areaCode, n]) => ({ areaCode, date: day, families: n }));
const on = (result: Map<string, { date: string; families: number }[]>, code: string) => result.get(code)?.find((d) => d.date === day)?.families ?? 0;

describe('plannedDaysByArea', () => {
  // A national plan (1) and a Balikpapan plan (2) in force, and a Balikpapan Timur plan (3) inside it.
  const adopted = [{ planId: 1, areaCode: 'ID' }, { planId: 2, areaCode: '64.71' }, { planId: 3, areaCode: '64.71.01' }];
  const rowsByPlan = new Map([
    [1, rows({ ID: 1000, '64': 100, '64.71': 60, '64.71.01': 20, '64.72': 40, '65': 900 })],
    [2, rows({ ID: 70, '64': 70, '64.71': 70, '64.71.01': 25, '64.71.02': 45 })],
    [3, rows({ ID: 30, '64': 30, '64.71': 30, '64.71.01': 30 })],
  ]);

  it.each([
    // area, child codes asked with it, expected families on the day
    ['ID', { ID: 1000 - 60 + 70 - 25 + 30, '64': 100 - 60 + 70 - 25 + 30, '65': 900 }],
    ['64', { '64': 115, '64.71': 75, '64.72': 40 }],
    ['64.71', { '64.71': 75, '64.71.01': 30, '64.71.02': 45 }],
  ])('sums the deepest plan in force of every part of %s', (areaCode, expected) => {
    const plans = plansInForce({ areaCode, adopted });
    const result = plannedDaysByArea({ plans, rowsByPlan, codes: Object.keys(expected) });
    expect(Object.fromEntries(Object.keys(expected).map((code) => [code, on(result, code)]))).toEqual(expected);
  });

  it('subtracts only the outermost excepted area: the kecamatan plan lies inside the kabupaten one', () => {
    const plans = plansInForce({ areaCode: 'ID', adopted });
    expect(plans.find((p) => p.planId === 1)!.exceptAreas).toEqual(['64.71', '64.71.01']);
    const result = plannedDaysByArea({ plans: plans.filter((p) => p.planId === 1), rowsByPlan, codes: ['ID'] });
    expect(on(result, 'ID')).toBe(940); // 1000 - 60, not 1000 - 60 - 20
  });

  it('gives an area no plan in force plans nothing, and drops dates that net to 0', () => {
    const result = plannedDaysByArea({ plans: [], rowsByPlan, codes: ['91'] });
    expect(result.get('91')).toEqual([]);
  });
});

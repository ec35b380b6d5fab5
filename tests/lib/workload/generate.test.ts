import { describe, expect, it } from 'vitest';
import { apportion, generateSlsWorkloads, splitVillageIntoSls } from '@/lib/workload/generate';

describe('apportion', () => {
  it.each([
    { total: 10, weights: [1, 1], parts: [5, 5] },
    { total: 10, weights: [1, 1, 1], parts: [4, 3, 3] }, // 3.33 each: the largest remainders (ties: first) get the rest
    { total: 7, weights: [3, 1], parts: [5, 2] }, // 5.25 and 1.75: the 0.75 remainder wins the seventh
    { total: 5, weights: [0, 0], parts: [5, 0] }, // no weight: all to the first
    { total: 0, weights: [2, 3], parts: [0, 0] },
    { total: 9, weights: [], parts: [] },
  ])('$total over $weights: $parts', ({ total, weights, parts }) => {
    expect(apportion(total, weights)).toEqual(parts);
  });
});

describe('splitVillageIntoSls', () => {
  it.each([
    { families: 0, count: 1 },
    { families: 104, count: 1 }, // round(104 / 70) = 1
    { families: 105, count: 2 }, // round(1.5) = 2
    { families: 1000, count: 14 }, // round(14.29)
  ])('$families families: $count SLS adding up, coded .0001 on', ({ families, count }) => {
    const sls = splitVillageIntoSls('64.71.01.1001', families, 3);
    expect(sls).toHaveLength(count);
    expect(sls.reduce((s, x) => s + x.families, 0)).toBe(families);
    expect(sls.map((s) => s.slsCode)).toEqual(Array.from({ length: count }, (_, i) => `64.71.01.1001.${String(i + 1).padStart(4, '0')}`));
  });

  it('keeps SLS between 30 and 120 families (weights 0.6..1.4 of ~70) and is the same for the same seed', () => {
    const sls = splitVillageIntoSls('64.71.01.1001', 5000, 3);
    expect(sls.every((s) => s.families >= 30 && s.families <= 120)).toBe(true);
    expect(splitVillageIntoSls('64.71.01.1001', 5000, 3)).toEqual(sls);
    expect(splitVillageIntoSls('64.71.01.1001', 5000, 4)).not.toEqual(sls);
  });
});

describe('generateSlsWorkloads', () => {
  const villages = [
    { code: '64.71.01.1001', districtCode: '64.71.01' },
    { code: '64.71.01.1002', districtCode: '64.71.01' },
    { code: '65.02.04.2003', districtCode: '65.02.04' },
  ];

  it('spreads exactly the total over the villages, each split into SLS', () => {
    const workloads = generateSlsWorkloads({ villages, seed: 1, totalFamilies: 9000 });
    expect(workloads.reduce((s, w) => s + w.families, 0)).toBe(9000);
    expect(new Set(workloads.map((w) => w.villageCode))).toEqual(new Set(villages.map((v) => v.code)));
    expect(workloads.every((w) => w.slsCode.startsWith(`${w.villageCode}.`) && w.villageCode.startsWith(`${w.districtCode}.`))).toBe(true);
  });

  it('gives a village the same families whatever the order of the villages', () => {
    const perVillage = (list: typeof villages) => {
      const totals = new Map<string, number>();
      for (const w of generateSlsWorkloads({ villages: list, seed: 1, totalFamilies: 9000 })) totals.set(w.villageCode, (totals.get(w.villageCode) ?? 0) + w.families);
      return totals;
    };
    expect(perVillage([...villages].reverse())).toEqual(perVillage(villages));
  });

  it('applies access: remote villages get their mode and travel, local staff defaulting by mode; the others have no access data', () => {
    const workloads = generateSlsWorkloads({
      villages,
      seed: 1,
      accessOf: (v) => (v.code === '65.02.04.2003' ? { accessMode: 'plane', travelDaysOneWay: 1 } : undefined),
    });
    expect(workloads.reduce((s, w) => s + w.families, 0)).toBe(3000); // default: 1,000 per village
    const remote = workloads.filter((w) => w.villageCode === '65.02.04.2003');
    expect(remote.every((w) => w.accessMode === 'plane' && w.travelDaysOneWay === 1 && !w.localStaff)).toBe(true);
    expect(remote.every((w) => w.accessKnown)).toBe(true);
    expect(workloads.filter((w) => w.villageCode !== '65.02.04.2003').every((w) => w.accessMode === 'road' && w.localStaff && w.accessKnown === false)).toBe(true);
  });
});

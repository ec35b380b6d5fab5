import { describe, expect, it } from 'vitest';
import { compareSummaries, type PlanSummary } from '@/lib/operations/plan-summary';

const base: PlanSummary = {
  areaCode: '64.71',
  areaName: 'Kota Balikpapan',
  strategy: 'standard',
  families: 240_000,
  sls: 3427,
  workingDays: 25,
  ppl: 960,
  pml: 240,
  koseka: 6,
  staff: 1206,
  idealPpl: 960,
  floorPpl: 686,
  deviationPct: 0,
  familiesPerDay: { min: 10, max: 10.4, mean: 10 },
  flaggedTerritories: 0,
  charterLegs: 0,
  budget: { pplRupiah: 1, pmlRupiah: 1, kosekaRupiah: 1, chartersRupiah: 0, totalRupiah: 3 },
  districts: [],
  warnings: [],
};

describe('compareSummaries', () => {
  it('reports b minus a, with percent of a', () => {
    // a 25-day window instead of 31: 19 working days, so 240,000 / (10 x 19) = 1,264 PPL
    const shorter = { ...base, workingDays: 19, ppl: 1264, staff: 1264 + 316 + 6 };
    const rows = compareSummaries(base, shorter);
    expect(rows.find((r) => r.key === 'ppl')).toEqual({ key: 'ppl', a: 960, b: 1264, delta: 304, deltaPct: (304 / 960) * 100 });
    expect(rows.find((r) => r.key === 'workingDays')?.delta).toBe(-6);
    expect(rows.find((r) => r.key === 'families')?.delta).toBe(0);
  });

  it('has no percentage against zero', () => {
    const withCharters = { ...base, charterLegs: 12, budget: { ...base.budget, chartersRupiah: 48_000_000 } };
    const rows = compareSummaries(base, withCharters);
    expect(rows.find((r) => r.key === 'charterLegs')).toMatchObject({ delta: 12, deltaPct: null });
    expect(rows.find((r) => r.key === 'budget.chartersRupiah')).toMatchObject({ delta: 48_000_000, deltaPct: null });
  });
});

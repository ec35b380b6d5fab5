import type { PlanSummary } from '@/lib/operations/plan-summary';

/** A saved plan's summary with every figure zero except `fields`: for tests that save a plan record by hand. */
export function planSummaryOf(fields: Partial<PlanSummary> = {}): PlanSummary {
  return {
    areaCode: '64.71', areaName: 'Kota Uji', strategy: 'standard', families: 0, sls: 0, workingDays: 0, ppl: 0, pml: 0, koseka: 0, staff: 0,
    idealPpl: 0, floorPpl: 0, deviationPct: 0, familiesPerDay: { min: 0, max: 0, mean: 0 }, flaggedTerritories: 0, charterLegs: 0,
    budget: { pplRupiah: 0, pmlRupiah: 0, kosekaRupiah: 0, chartersRupiah: 0, totalRupiah: 0 },
    districts: [], warnings: [],
    ...fields,
  };
}

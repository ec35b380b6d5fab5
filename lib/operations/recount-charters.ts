import { computeBudget } from '../budget/compute-budget';
import type { OperationParams } from './params';
import type { PlanSummary } from './plan-summary';

type HonorParams = Pick<OperationParams, 'honorPplRupiah' | 'honorPmlRupiah' | 'honorKosekaRupiah'>;

/**
 * A saved plan's summary once its charters changed (a roster fill placed local PPL and their legs in and out went):
 * the legs counted and the budget computed again from the charters left (rupiah), honors unchanged.
 */
export function recountCharters({ summary, charterLegs, chartersRupiah, params }: {
  summary: PlanSummary;
  charterLegs: number;
  chartersRupiah: number;
  params: HonorParams;
}): PlanSummary {
  const { pplRupiah, pmlRupiah, kosekaRupiah, totalRupiah } = computeBudget({ ppl: summary.ppl, pml: summary.pml, koseka: summary.koseka, chartersRupiah, params });
  return { ...summary, charterLegs, budget: { pplRupiah, pmlRupiah, kosekaRupiah, chartersRupiah, totalRupiah } };
}

import { computeBudget } from '../budget/compute-budget';
import type { OperationParams } from './params';
import type { PlanSummary } from './plan-summary';

type HonorParams = Pick<OperationParams, 'honorPplRupiah' | 'honorPmlRupiah' | 'honorKosekaRupiah'>;

/**
 * A saved plan's summary once its charters changed (a roster fill placed local PPL and their seats in and out went):
 * the legs (and trips) counted and the budget computed again from the charters left (rupiah), honors unchanged. The
 * pooled-against-unpooled figures stay those of the plan as it was made.
 */
export function recountCharters({ summary, charterLegs, charterTrips, chartersRupiah, params }: {
  summary: PlanSummary;
  charterLegs: number;
  /** trips left, for a plan saved with trips */
  charterTrips?: number;
  chartersRupiah: number;
  params: HonorParams;
}): PlanSummary {
  const { pplRupiah, pmlRupiah, kosekaRupiah, totalRupiah } = computeBudget({ ppl: summary.ppl, pml: summary.pml, koseka: summary.koseka, chartersRupiah, params });
  const trips = summary.charterTrips === undefined ? {} : { charterTrips: charterTrips ?? summary.charterTrips };
  return { ...summary, charterLegs, ...trips, budget: { pplRupiah, pmlRupiah, kosekaRupiah, chartersRupiah, totalRupiah } };
}

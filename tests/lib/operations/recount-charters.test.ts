import { describe, expect, it } from 'vitest';
import { defaultOperationParams } from '@/lib/operations/params';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { recountCharters } from '@/lib/operations/recount-charters';

const { honorPplRupiah, honorPmlRupiah, honorKosekaRupiah } = defaultOperationParams;
const honors = 8 * honorPplRupiah + 2 * honorPmlRupiah + honorKosekaRupiah;
const summary = {
  ppl: 8, pml: 2, koseka: 1, charterLegs: 6, families: 2_000,
  budget: { pplRupiah: 8 * honorPplRupiah, pmlRupiah: 2 * honorPmlRupiah, kosekaRupiah: honorKosekaRupiah, chartersRupiah: 90_000_000, totalRupiah: honors + 90_000_000 },
} as PlanSummary;

describe('recountCharters', () => {
  it.each([
    // legs left, their cost (rupiah): the total is the honors plus what the legs left cost
    [6, 90_000_000],
    [4, 60_000_000],
    [0, 0],
  ])('%i legs left costing Rp %i', (charterLegs, chartersRupiah) => {
    const recounted = recountCharters({ summary, charterLegs, chartersRupiah, params: defaultOperationParams });
    expect(recounted.charterLegs).toBe(charterLegs);
    expect(recounted.budget).toEqual({ ...summary.budget, chartersRupiah, totalRupiah: honors + chartersRupiah });
    expect(recounted.families).toBe(2_000);
  });
});

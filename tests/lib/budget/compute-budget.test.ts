import { describe, expect, it } from 'vitest';
import { computeBudget } from '@/lib/budget/compute-budget';
import { defaultOperationParams as params } from '@/lib/operations/params';

describe('computeBudget', () => {
  it.each([
    // 3.7 + 4.1 + 4.5 million honors
    { ppl: 0, pml: 0, koseka: 0, charters: 0, total: 0 },
    { ppl: 4, pml: 1, koseka: 1, charters: 0, total: 4 * 3_700_000 + 4_100_000 + 4_500_000 }, // 23,400,000
    // Kepulauan Meranti as reported: 253 PPL, 67 PML, 10 KOSEKA, plus Rp 40 million of boats
    { ppl: 253, pml: 67, koseka: 10, charters: 40_000_000, total: 936_100_000 + 274_700_000 + 45_000_000 + 40_000_000 },
  ])('$ppl PPL, $pml PML, $koseka KOSEKA, Rp $charters charters: Rp $total', ({ ppl, pml, koseka, charters, total }) => {
    const budget = computeBudget({ ppl, pml, koseka, chartersRupiah: charters, params });
    expect(budget.totalRupiah).toBe(total);
    expect(budget.pplRupiah + budget.pmlRupiah + budget.kosekaRupiah + budget.chartersRupiah).toBe(total);
    expect(budget).toMatchObject({ ppl, pml, koseka, pplRupiah: ppl * 3_700_000, pmlRupiah: pml * 4_100_000 });
  });

  it('uses the operation honors', () => {
    expect(computeBudget({ ppl: 2, pml: 1, koseka: 1, chartersRupiah: 5, params: { honorPplRupiah: 10, honorPmlRupiah: 100, honorKosekaRupiah: 1000 } }).totalRupiah).toBe(1125);
  });
});

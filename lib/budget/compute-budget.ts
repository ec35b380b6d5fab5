import type { OperationParams } from '../operations/params';
import type { Budget } from '../planning/types';

type HonorParams = Pick<OperationParams, 'honorPplRupiah' | 'honorPmlRupiah' | 'honorKosekaRupiah'>;

/** Budget in rupiah: honor per PPL, PML and KOSEKA times their counts, plus the charters' cost. */
export function computeBudget({ ppl, pml, koseka, chartersRupiah, params }: { ppl: number; pml: number; koseka: number; chartersRupiah: number; params: HonorParams }): Budget {
  const pplRupiah = ppl * params.honorPplRupiah;
  const pmlRupiah = pml * params.honorPmlRupiah;
  const kosekaRupiah = koseka * params.honorKosekaRupiah;
  return { ppl, pml, koseka, pplRupiah, pmlRupiah, kosekaRupiah, chartersRupiah, totalRupiah: pplRupiah + pmlRupiah + kosekaRupiah + chartersRupiah };
}

import type { OperationParams } from '../operations/params';

type CostParams = Pick<OperationParams, 'boatLegRupiah' | 'planeSortieRupiah' | 'planeSortieHighlandRupiah' | 'highlandProvinceCodes'>;

/** Rupiah for one charter trip to a village: a boat leg, a plane sortie, or a highland sortie by province code. */
export function tripCostRupiah({ mode, villageCode, params }: { mode: 'boat' | 'plane'; villageCode: string; params: CostParams }): number {
  if (mode === 'boat') return params.boatLegRupiah;
  return params.highlandProvinceCodes.includes(villageCode.slice(0, 2)) ? params.planeSortieHighlandRupiah : params.planeSortieRupiah;
}

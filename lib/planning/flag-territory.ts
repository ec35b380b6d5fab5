import type { OperationParams } from '../operations/params';

/**
 * A daily target (families/day) as Indonesian text with one decimal and a comma, e.g. 8,2; `toward` rounds down
 * or up so a rate just under the minimum never reads as the minimum itself (9,96 -> 9,9).
 */
export function formatFamiliesPerDay(familiesPerDay: number, toward: 'nearest' | 'down' | 'up' = 'nearest'): string {
  const round = toward === 'down' ? Math.floor : toward === 'up' ? Math.ceil : Math.round;
  return (round(familiesPerDay * 10 + (toward === 'nearest' ? 0 : toward === 'down' ? 1e-9 : -1e-9)) / 10).toFixed(1).replace('.', ',');
}

export interface FlagInput {
  familiesPerDay: number;
  /** a territory of one remote village */
  remote: boolean;
  /** a single SLS larger than the maximum load */
  oversizedSls: boolean;
  /** travel days were cut to leave a day on site */
  travelCut: boolean;
  params: Pick<OperationParams, 'minDailyFamilies' | 'maxDailyFamilies'>;
}

/** Why a territory's daily target (families/day) falls outside [minDailyFamilies, maxDailyFamilies], or null. */
export function flagTerritory({ familiesPerDay, remote, oversizedSls, travelCut, params }: FlagInput): string | null {
  const below = familiesPerDay < params.minDailyFamilies;
  const above = familiesPerDay > params.maxDailyFamilies;
  const rate = `${formatFamiliesPerDay(familiesPerDay, below ? 'down' : above ? 'up' : 'nearest')} keluarga/hari`;
  if (travelCut) return `perjalanan pulang-pergi melebihi hari kerja: ${rate}`;
  if (oversizedSls) return `SLS besar melebihi maksimum ${params.maxDailyFamilies}: ${rate}`;
  if (below) return remote ? `desa terpencil kecil: ${rate}` : `di bawah minimum ${params.minDailyFamilies}: ${rate}`;
  if (above) return `di atas maksimum ${params.maxDailyFamilies}: ${rate}`;
  return null;
}

import type { OperationParams } from '../operations/params';

/** A daily target as Indonesian text: one decimal with a comma, e.g. 8,2. */
export function formatFamiliesPerDay(familiesPerDay: number): string {
  return familiesPerDay.toFixed(1).replace('.', ',');
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
  const rate = `${formatFamiliesPerDay(familiesPerDay)} keluarga/hari`;
  if (travelCut) return `perjalanan pulang-pergi melebihi hari kerja: ${rate}`;
  if (oversizedSls) return `SLS besar melebihi maksimum ${params.maxDailyFamilies}: ${rate}`;
  if (familiesPerDay < params.minDailyFamilies) {
    return remote ? `desa terpencil kecil: ${rate}` : `di bawah minimum ${params.minDailyFamilies}: ${rate}`;
  }
  if (familiesPerDay > params.maxDailyFamilies) return `di atas maksimum ${params.maxDailyFamilies}: ${rate}`;
  return null;
}

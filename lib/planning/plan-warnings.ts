import type { OperationParams } from '../operations/params';
import type { Territory } from './types';

/** Plain-language (Indonesian) warnings a plan is reported with: flagged territories and SLS left without a PPL. */
export function planWarnings({ territories, unassignedSls, params }: {
  territories: readonly Pick<Territory, 'flag' | 'remote'>[];
  unassignedSls: number;
  params: Pick<OperationParams, 'minDailyFamilies' | 'maxDailyFamilies'>;
}): string[] {
  const warnings: string[] = [];
  let flagged = 0;
  let remoteFlagged = 0;
  for (const territory of territories) {
    if (territory.flag === null) continue;
    flagged++;
    if (territory.remote) remoteFlagged++;
  }
  if (flagged > 0) {
    warnings.push(
      `${flagged} wilayah tugas PPL di luar norma ${params.minDailyFamilies}-${params.maxDailyFamilies} keluarga/hari (${remoteFlagged} di desa terpencil); lihat tandanya`,
    );
  }
  if (unassignedSls > 0) warnings.push(`${unassignedSls} SLS tanpa keluarga tidak ditugaskan ke PPL`);
  return warnings;
}

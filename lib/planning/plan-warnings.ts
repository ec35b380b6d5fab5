import type { OperationParams } from '../operations/params';
import type { PlanWarning, Territory } from './types';

/** What a plan is reported with, as codes and counts: flagged territories and SLS left without a PPL. */
export function planWarnings({ territories, unassignedSls, params }: {
  territories: readonly Pick<Territory, 'flag' | 'remote'>[];
  unassignedSls: number;
  params: Pick<OperationParams, 'minDailyFamilies' | 'maxDailyFamilies'>;
}): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  let flagged = 0;
  let remote = 0;
  for (const territory of territories) {
    if (territory.flag === null) continue;
    flagged++;
    if (territory.remote) remote++;
  }
  const { minDailyFamilies, maxDailyFamilies } = params;
  if (flagged > 0) warnings.push({ code: 'flagged_territories', flagged, remote, minDailyFamilies, maxDailyFamilies });
  if (unassignedSls > 0) warnings.push({ code: 'unassigned_sls', sls: unassignedSls });
  return warnings;
}

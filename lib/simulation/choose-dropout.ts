import type { WorkingDays } from '../planning/types';
import { paceProfile, streamOf } from './pace-profile';
import type { SimulatedPpl } from './types';

/** The first day a simulated dropout no longer works: the 11th planned working day (25 Oct 2022 in the demo), 40% in. */
export function dropoutDateOf(workingDays: Pick<WorkingDays, 'dates'>): string | null {
  return workingDays.dates[Math.floor(workingDays.dates.length * 0.4)] ?? null;
}

/**
 * The one PPL who drops out in a simulation, and from when: a PPL on the road (not a charter territory, not a
 * lagging one) of the team led by `preferTeamSlotId` when it has one other than `avoidSlotIds`, else of all; picked
 * by the seed. Null when there is no such PPL or no date.
 */
export function chooseDropout({ ppl, seed, preferTeamSlotId = null, avoidSlotIds = [] }: {
  ppl: readonly SimulatedPpl[];
  seed: number;
  preferTeamSlotId?: number | null;
  avoidSlotIds?: readonly number[];
}): { slotId: number; fromDate: string } | null {
  const fit = ppl
    .filter((p) => !p.remote && !avoidSlotIds.includes(p.slotId) && p.sls.some((s) => s.families > 0))
    .filter((p) => !paceProfile({ seed, key: p.key, districtCode: p.districtCode }).lagging)
    .sort((a, b) => a.slotId - b.slotId);
  const team = fit.filter((p) => preferTeamSlotId !== null && p.teamSlotId === preferTeamSlotId);
  const pool = team.length > 0 ? team : fit;
  const chosen = pool[Math.floor(streamOf(seed, 'dropout')() * pool.length)];
  const fromDate = chosen ? dropoutDateOf(chosen.workingDays) : null;
  return chosen && fromDate ? { slotId: chosen.slotId, fromDate } : null;
}

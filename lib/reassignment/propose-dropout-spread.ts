import { rankReceivers } from './rank-receivers';
import type { PplLoad } from './types';

export interface UnfinishedSls {
  slsCode: string;
  villageCode: string;
  /** families of the SLS not yet visited to a final outcome */
  familiesLeft: number;
}

export interface DropoutSpreadInput {
  /** the PPL who dropped out */
  from: Pick<PplLoad, 'slotId' | 'pmlSlotId' | 'districtCode'>;
  /** their unfinished SLS, in visiting order */
  unfinished: readonly UnfinishedSls[];
  /** the PPL of the kecamatan who may receive work */
  candidates: readonly PplLoad[];
  /** the working days from the move's date to the planned end, in order */
  workingDatesLeft: readonly string[];
  maxDailyFamilies: number;
  /** working days a new recruit needs before starting (recruiting, training) */
  recruitLeadDays: number;
}

export interface ProposedMove {
  slsCode: string;
  toSlotId: number;
  families: number;
}

export type RecruitNeed =
  | { code: 'recruit'; count: number; districtCode: string; families: number; startBy: string }
  | { code: 'no_time'; districtCode: string; families: number };

export interface DropoutSpread {
  moves: ProposedMove[];
  /** families no one can take without passing the maximum */
  unplacedFamilies: number;
  recruit: RecruitNeed | null;
}

/**
 * How to spread a dropout's unfinished work (DESIGN.md section 5): each SLS whole to the best receiver who can take
 * it without passing `maxDailyFamilies` (same village, team, kecamatan; most spare first); an SLS no one can take
 * whole is split over the receivers' spare capacity; what still finds no one is a recruitment need: how many new PPL,
 * working at the maximum from the day they must start, and that day. The coordinator edits the proposal before it
 * is applied.
 */
export function proposeDropoutSpread({ from, unfinished, candidates, workingDatesLeft, maxDailyFamilies, recruitLeadDays }: DropoutSpreadInput): DropoutSpread {
  const loads = new Map(candidates.map((c) => [c.slotId, { ...c }]));
  const daysLeft = workingDatesLeft.length;
  const moves: ProposedMove[] = [];
  let unplacedFamilies = 0;
  const give = (slsCode: string, slotId: number, families: number) => {
    moves.push({ slsCode, toSlotId: slotId, families });
    loads.get(slotId)!.remainingFamilies += families;
  };
  for (const sls of unfinished) {
    if (sls.familiesLeft <= 0) continue;
    const ranked = rankReceivers({ from, villageCode: sls.villageCode, families: sls.familiesLeft, candidates: [...loads.values()], workingDaysLeft: daysLeft, maxDailyFamilies });
    const whole = ranked.find((r) => !r.overMax);
    if (whole) {
      give(sls.slsCode, whole.slotId, sls.familiesLeft);
      continue;
    }
    let left = sls.familiesLeft;
    for (const receiver of ranked) {
      const part = Math.min(left, receiver.spareFamilies);
      if (part <= 0) continue;
      give(sls.slsCode, receiver.slotId, part);
      left -= part;
      if (left === 0) break;
    }
    unplacedFamilies += left;
  }
  return { moves, unplacedFamilies, recruit: recruitNeed({ families: unplacedFamilies, districtCode: from.districtCode, workingDatesLeft, maxDailyFamilies, recruitLeadDays }) };
}

function recruitNeed({ families, districtCode, workingDatesLeft, maxDailyFamilies, recruitLeadDays }: { families: number; districtCode: string; workingDatesLeft: readonly string[]; maxDailyFamilies: number; recruitLeadDays: number }): RecruitNeed | null {
  if (families === 0) return null;
  const daysAfterLead = workingDatesLeft.length - recruitLeadDays;
  if (daysAfterLead <= 0) return { code: 'no_time', districtCode, families };
  const count = Math.ceil(families / (maxDailyFamilies * daysAfterLead));
  // With that many, the work takes this many days at the maximum: they must start that many days before the end.
  const daysNeeded = Math.ceil(families / (count * maxDailyFamilies));
  return { code: 'recruit', count, districtCode, families, startBy: workingDatesLeft[workingDatesLeft.length - daysNeeded]! };
}

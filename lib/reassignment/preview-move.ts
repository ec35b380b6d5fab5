import { dailyTargetFamilies, familiesLeftOf } from './capacity';

/** A PPL's share of an SLS as Pemantauan shows it. */
export interface ShareView {
  slsCode: string;
  villageCode: string;
  families: number;
  version: number;
  doneFamilies: number;
  familiesLeft: number;
}

/** A PPL as Pemantauan shows them: what a move changes. */
export interface PplView {
  slotId: number;
  status: string;
  assignedSls: number;
  assignedFamilies: number;
  remainingFamilies: number;
  workingDaysLeft: number;
  /** families a day for the rest of the window, to one decimal */
  dailyTargetFamilies: number;
  shares: readonly ShareView[];
}

export interface MoveView {
  slsCode: string;
  fromSlotId: number;
  toSlotId: number;
  families: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function withShares<T extends PplView>(ppl: T, shares: ShareView[]): T {
  const sorted = [...shares].sort((a, b) => a.slsCode.localeCompare(b.slsCode));
  const remainingFamilies = sorted.reduce((sum, s) => sum + s.familiesLeft, 0);
  const target = ppl.status === 'inactive' ? 0 : round1(dailyTargetFamilies({ remainingFamilies, workingDaysLeft: ppl.workingDaysLeft }));
  return { ...ppl, shares: sorted, assignedSls: sorted.length, assignedFamilies: sorted.reduce((sum, s) => sum + s.families, 0), remainingFamilies, dailyTargetFamilies: target };
}

/**
 * The PPL as a move of `families` of an SLS would leave them, before the server answers (the optimistic update):
 * the giver's share shrinks (and goes when it holds nothing), the receiver's grows or appears, and both their
 * remaining families and daily targets follow. Versions stay as they were: only the server knows the new ones.
 * A move naming a giver without that share leaves everyone as they are.
 */
export function previewMove<T extends PplView>(ppl: readonly T[], move: MoveView): T[] {
  const giver = ppl.find((p) => p.slotId === move.fromSlotId);
  const share = giver?.shares.find((s) => s.slsCode === move.slsCode);
  if (!giver || !share || !ppl.some((p) => p.slotId === move.toSlotId)) return [...ppl];
  return ppl.map((p) => {
    if (p.slotId === move.fromSlotId) {
      const families = share.families - move.families;
      const rest = p.shares.filter((s) => s.slsCode !== move.slsCode);
      return withShares(p, families > 0 ? [...rest, { ...share, families, familiesLeft: familiesLeftOf({ families, doneFamilies: share.doneFamilies }) }] : rest);
    }
    if (p.slotId === move.toSlotId) {
      const held = p.shares.find((s) => s.slsCode === move.slsCode);
      const families = (held?.families ?? 0) + move.families;
      const doneFamilies = held?.doneFamilies ?? 0;
      const grown = { slsCode: move.slsCode, villageCode: share.villageCode, version: held?.version ?? share.version, doneFamilies, families, familiesLeft: familiesLeftOf({ families, doneFamilies }) };
      return withShares(p, [...p.shares.filter((s) => s.slsCode !== move.slsCode), grown]);
    }
    return p;
  });
}

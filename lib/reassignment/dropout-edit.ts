import { dailyTargetFamilies, exceedsMaxDaily } from './capacity';

export interface EditedMove {
  slsCode: string;
  /** null while the coordinator has not chosen a receiver */
  toSlotId: number | null;
  families: number;
}

export interface SlsBalance {
  slsCode: string;
  familiesLeft: number;
  /** families the edited moves hand over (to a chosen receiver) */
  placed: number;
  /** familiesLeft − placed: above 0 still with the dropout, below 0 more than they have */
  unplaced: number;
}

/**
 * How an edited dropout proposal covers each unfinished SLS: the apply is all or nothing and refuses any family left
 * with the dropout or moved twice, so the form shows each SLS's balance and allows approval only when all are 0.
 */
export function balanceDropoutMoves({ unfinished, moves }: { unfinished: readonly { slsCode: string; familiesLeft: number }[]; moves: readonly EditedMove[] }): SlsBalance[] {
  return unfinished.map(({ slsCode, familiesLeft }) => {
    const placed = moves.filter((m) => m.slsCode === slsCode && m.toSlotId !== null).reduce((sum, m) => sum + Math.max(0, m.families), 0);
    return { slsCode, familiesLeft, placed, unplaced: familiesLeft - placed };
  });
}

export interface ReceiverLoad {
  slotId: number;
  remainingFamilies: number;
  workingDaysLeft: number;
}

export interface ReceiverAfter {
  slotId: number;
  addedFamilies: number;
  remainingFamilies: number;
  /** families a day for the rest of the window after the moves, to one decimal */
  familiesPerDay: number;
  overMax: boolean;
}

/** Each receiver named by the edited moves with their load after them (families a day), and whether it passes the maximum. */
export function receiversAfterMoves({ receivers, moves, maxDailyFamilies }: { receivers: readonly ReceiverLoad[]; moves: readonly EditedMove[]; maxDailyFamilies: number }): ReceiverAfter[] {
  return receivers
    .map((r) => {
      const addedFamilies = moves.filter((m) => m.toSlotId === r.slotId).reduce((sum, m) => sum + Math.max(0, m.families), 0);
      const remainingFamilies = r.remainingFamilies + addedFamilies;
      const familiesPerDay = Math.round(dailyTargetFamilies({ remainingFamilies, workingDaysLeft: r.workingDaysLeft }) * 10) / 10;
      return { slotId: r.slotId, addedFamilies, remainingFamilies, familiesPerDay, overMax: exceedsMaxDaily({ remainingFamilies, workingDaysLeft: r.workingDaysLeft, maxDailyFamilies }) };
    })
    .filter((r) => r.addedFamilies > 0);
}

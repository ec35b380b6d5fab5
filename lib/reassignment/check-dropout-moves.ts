import { checkMove, type MoveCheck } from './check-move';

type Refusal = Exclude<MoveCheck, { ok: true }>;

export type DropoutMovesCheck =
  /** each move's receiver daily target after it and whether it passed by the override; the receivers' final targets */
  | { ok: true; moves: { newFamiliesPerDay: number; overridden: boolean }[]; newFamiliesPerDay: Record<number, number>; overridden: boolean }
  /** a move (by its index in the list) breaks a rule of single moves */
  | (Refusal & { index: number; slsCode: string })
  /** a move names an SLS the dropout has nothing left of */
  | { ok: false; code: 'not_unfinished'; index: number; slsCode: string }
  /** a move names a receiver that is not among `receivers` */
  | { ok: false; code: 'unknown_receiver'; index: number; slsCode: string; toSlotId: number }
  /** the moves leave families of an SLS with the dropout */
  | { ok: false; code: 'unfinished_left'; slsCode: string; familiesLeft: number };

export interface DropoutReceiver {
  slotId: number;
  districtCode: string;
  active: boolean;
  remainingFamilies: number;
  /** the receiver's on-site working days left */
  workingDaysLeft: number;
}

/**
 * Whether a (possibly edited) dropout proposal may be applied: every move passes checkMove against the receiver's
 * load with the moves before it, and together they hand over every family the dropout has left, no more. A move over
 * a receiver's maximum passes only with `override` and a note (the dropout's).
 */
export function checkDropoutMoves({ from, unfinished, moves, receivers, maxDailyFamilies, override, note }: {
  from: { slotId: number; districtCode: string };
  unfinished: readonly { slsCode: string; familiesLeft: number }[];
  moves: readonly { slsCode: string; toSlotId: number; families: number }[];
  receivers: ReadonlyMap<number, DropoutReceiver>;
  maxDailyFamilies: number;
  override: boolean;
  note: string | null;
}): DropoutMovesCheck {
  const left = new Map(unfinished.filter((u) => u.familiesLeft > 0).map((u) => [u.slsCode, u.familiesLeft]));
  const loads = new Map([...receivers].map(([id, r]) => [id, { ...r }]));
  const newFamiliesPerDay: Record<number, number> = {};
  const checked: { newFamiliesPerDay: number; overridden: boolean }[] = [];
  for (const [index, move] of moves.entries()) {
    const familiesLeft = left.get(move.slsCode);
    if (familiesLeft === undefined) return { ok: false, code: 'not_unfinished', index, slsCode: move.slsCode };
    const to = loads.get(move.toSlotId);
    if (!to) return { ok: false, code: 'unknown_receiver', index, slsCode: move.slsCode, toSlotId: move.toSlotId };
    const check = checkMove({ from, to, families: move.families, familiesLeft, workingDaysLeft: to.workingDaysLeft, maxDailyFamilies, override, note });
    if (!check.ok) return { ...check, index, slsCode: move.slsCode };
    checked.push({ newFamiliesPerDay: check.newFamiliesPerDay, overridden: check.overridden });
    left.set(move.slsCode, familiesLeft - move.families);
    to.remainingFamilies += move.families;
    newFamiliesPerDay[to.slotId] = check.newFamiliesPerDay;
  }
  const unplaced = [...left].find(([, families]) => families > 0);
  if (unplaced) return { ok: false, code: 'unfinished_left', slsCode: unplaced[0], familiesLeft: unplaced[1] };
  return { ok: true, moves: checked, newFamiliesPerDay, overridden: checked.some((c) => c.overridden) };
}

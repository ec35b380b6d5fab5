/** Territories before a short (or long) one that may give it an SLS: a couple of villages back. */
const reach = 12;

export interface RebalanceTailInput {
  /** families of the pool's SLS */
  families: Int32Array;
  /** territory of each SLS, changed in place */
  binOf: Int32Array;
  /** families per territory, changed in place */
  loads: number[];
  minLoad: number;
  maxLoad: number;
}

interface Shift {
  /** families moved from giver to taker */
  amount: number;
  giver: number;
  taker: number;
  /** SLS moved from giver to taker, and back (-1: none back) */
  x: number;
  y: number;
}

/**
 * Fixes a last territory short of minLoad (or over maxLoad) by moving one SLS, or swapping two, with territories
 * just before it that can spare some families, gathering from several when one is not enough; when none can
 * spare any, the nearest one takes over the shortfall and the search goes on from there. Returns true, with
 * `binOf` and `loads` changed, when the territories it walked back through end inside the bounds; else changes
 * nothing.
 */
export function rebalanceTail(input: RebalanceTailInput): boolean {
  const loads = input.loads.slice();
  const lists: number[][] = loads.map(() => []);
  input.binOf.forEach((bin, i) => {
    if (bin >= 0) lists[bin]!.push(i);
  });
  const state = { ...input, loads, lists };
  for (let bin = loads.length - 1; bin >= 0; ) {
    const need = Math.max(input.minLoad - loads[bin]!, loads[bin]! - input.maxLoad);
    if (need <= 0) return apply(input, lists, loads);
    let shift: Shift | undefined;
    for (let other = bin - 1; other >= Math.max(0, bin - reach); other--) shift = better(shift, findShift(state, bin, other, true), need);
    if (!shift && bin > 0) {
      shift = findShift(state, bin, bin - 1, false);
      bin--; // the neighbour takes over the shortfall
    }
    if (!shift) return false;
    move(lists, shift);
    loads[shift.giver]! -= shift.amount;
    loads[shift.taker]! += shift.amount;
  }
  return false;
}

/** A shift covering the whole need, the smallest such; else the one covering most of it. */
function better(a: Shift | undefined, b: Shift | undefined, need: number): Shift | undefined {
  if (!a || !b) return a ?? b;
  const [aFull, bFull] = [a.amount >= need, b.amount >= need];
  if (aFull !== bFull) return aFull ? a : b;
  return (aFull ? b.amount < a.amount : b.amount > a.amount) ? b : a;
}

type ShiftState = RebalanceTailInput & { lists: number[][] };

/**
 * The best shift between `bin` (out of bounds) and `other` that moves it toward the bounds without pushing it
 * past the other bound. `spareOnly`: `other` must stay inside the bounds (partial shifts allowed); else it may
 * leave them, and the shift must cover the whole need.
 */
function findShift({ families, loads, lists, minLoad, maxLoad }: ShiftState, bin: number, other: number, spareOnly: boolean): Shift | undefined {
  const short = loads[bin]! < minLoad;
  const [giver, taker] = short ? [other, bin] : [bin, other];
  const need = short ? minLoad - loads[bin]! : loads[bin]! - maxLoad;
  const room = short ? maxLoad - loads[taker]! : loads[giver]! - minLoad;
  const spare = short ? loads[giver]! - minLoad : maxLoad - loads[taker]!;
  const limit = spareOnly ? Math.min(room, spare) : room;
  let best: Shift | undefined;
  for (const x of lists[giver]!) {
    for (let k = -1; k < lists[taker]!.length; k++) {
      const y = k < 0 ? -1 : lists[taker]![k]!;
      const amount = families[x]! - (y < 0 ? 0 : families[y]!);
      if (amount < 1 || amount > limit || (!spareOnly && amount < need)) continue;
      best = better(best, { amount, giver, taker, x, y }, need);
    }
  }
  return best;
}

function move(lists: number[][], { giver, taker, x, y }: Shift) {
  lists[giver]!.splice(lists[giver]!.indexOf(x), 1);
  lists[taker]!.push(x);
  if (y >= 0) {
    lists[taker]!.splice(lists[taker]!.indexOf(y), 1);
    lists[giver]!.push(y);
  }
}

function apply(input: RebalanceTailInput, lists: number[][], loads: number[]): true {
  lists.forEach((list, bin) => list.forEach((i) => (input.binOf[i] = bin)));
  input.loads.splice(0, loads.length, ...loads);
  return true;
}

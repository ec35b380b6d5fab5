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

/** SLS positions of one territory (a scan: only a few territories at the end are ever looked at). */
function members(binOf: Int32Array, bin: number): number[] {
  const list: number[] = [];
  for (let i = 0; i < binOf.length; i++) if (binOf[i] === bin) list.push(i);
  return list;
}

/**
 * Moves the last territory's shortfall (or excess) back through its neighbours, one SLS moved or two swapped per
 * step, until a territory absorbs it inside [minLoad, maxLoad]. Whole SLS only; neighbours keep SLS near their own.
 * Returns true, with `binOf` and `loads` changed, when every territory it touched ends inside the bounds; else
 * changes nothing.
 */
export function rebalanceTail(input: RebalanceTailInput): boolean {
  const binOf = input.binOf.slice();
  const loads = input.loads.slice();
  const fixed = shiftBack({ ...input, binOf, loads });
  if (fixed) {
    input.binOf.set(binOf);
    input.loads.splice(0, loads.length, ...loads);
  }
  return fixed;
}

function shiftBack({ families, binOf, loads, minLoad, maxLoad }: RebalanceTailInput): boolean {
  for (let bin = loads.length - 1; bin > 0; bin--) {
    const deficit = minLoad - loads[bin]!;
    const surplus = loads[bin]! - maxLoad;
    if (deficit <= 0 && surplus <= 0) return true;
    const [giver, taker] = deficit > 0 ? [bin - 1, bin] : [bin, bin - 1];
    const need = Math.max(deficit, surplus);
    // The smallest shift of at least `need` families from giver to taker that keeps the fixed territory in bounds.
    const room = deficit > 0 ? maxLoad - loads[taker]! : loads[giver]! - minLoad;
    const given = members(binOf, giver);
    const returned = [-1, ...members(binOf, taker)];
    // Prefer a shift the other territory can absorb (the chain ends); else the smallest, passing the rest on.
    const absorbable = deficit > 0 ? loads[giver]! - minLoad : maxLoad - loads[taker]!;
    let best = { shift: Infinity, x: -1, y: -1, ends: false };
    for (const x of given) {
      for (const y of returned) {
        const shift = families[x]! - (y < 0 ? 0 : families[y]!);
        if (shift < need || shift > room) continue;
        const ends = shift <= absorbable;
        if ((ends && !best.ends) || (ends === best.ends && shift < best.shift)) best = { shift, x, y, ends };
      }
    }
    if (best.x < 0) return false;
    binOf[best.x] = taker;
    if (best.y >= 0) binOf[best.y] = giver;
    loads[giver]! -= best.shift;
    loads[taker]! += best.shift;
  }
  return loads.length > 0 && loads[0]! >= minLoad && loads[0]! <= maxLoad;
}

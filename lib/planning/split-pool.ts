/** Candidates looked at ahead of the first unassigned SLS when closing a territory: about one village's SLS. */
const windowSize = 10;
/** A closing choice this near the aim (families) is taken at once, even out of SLS order. */
const closeEnough = 1;

export interface PoolSplit {
  /** families per territory, in the order the territories were cut */
  loads: number[];
  /** territory number (index into loads) of each SLS of the pool */
  binOf: Int32Array;
}

interface Bounds {
  minLoad: number;
  maxLoad: number;
}

/**
 * Cuts a pool of SLS (families per SLS, in SLS order) into `binCount` territories of whole SLS with loads near
 * the pool's average, each inside [minLoad, maxLoad] where possible. A territory takes SLS in order and is closed
 * with the one or two SLS, among the next few unassigned, that bring it nearest the aim; the last takes the rest.
 */
export function splitPool({ families, binCount, minLoad, maxLoad }: { families: Int32Array; binCount: number } & Bounds): PoolSplit {
  const binOf = new Int32Array(families.length).fill(-1);
  const taken = new Uint8Array(families.length);
  const window = new Int32Array(windowSize);
  const loads: number[] = [];
  let remaining = 0;
  for (let i = 0; i < families.length; i++) remaining += families[i]!;
  let frontier = 0;
  for (let bin = 0; bin < binCount; bin++) {
    while (frontier < families.length && taken[frontier]) frontier++;
    if (frontier >= families.length) break;
    const load = bin === binCount - 1
      ? takeRest(families, taken, binOf, frontier, bin)
      : fillBin({ families, taken, binOf, window, frontier, bin, aim: remaining / (binCount - bin), minLoad, maxLoad });
    loads.push(load);
    remaining -= load;
  }
  return { loads, binOf };
}

function takeRest(families: Int32Array, taken: Uint8Array, binOf: Int32Array, from: number, bin: number): number {
  let load = 0;
  for (let i = from; i < families.length; i++) {
    if (taken[i]) continue;
    taken[i] = 1;
    binOf[i] = bin;
    load += families[i]!;
  }
  return load;
}

interface FillState extends Bounds {
  families: Int32Array;
  taken: Uint8Array;
  binOf: Int32Array;
  window: Int32Array;
  frontier: number;
  bin: number;
  aim: number;
}

function fillBin(s: FillState): number {
  const { families, taken, binOf, bin } = s;
  const take = (i: number) => {
    taken[i] = 1;
    binOf[i] = bin;
    load += families[i]!;
  };
  let load = 0;
  for (let from = s.frontier; ; ) {
    const size = fillWindow(s, from);
    if (size === 0) return load;
    const first = s.window[0]!;
    from = first;
    const closer = bestCloser(s, size, load);
    const next = load + families[first]!;
    if (closer.deviation <= closeEnough || (next >= s.aim - closeEnough && closer.a >= 0)) {
      take(closer.a);
      if (closer.b >= 0) take(closer.b);
      return load;
    }
    if (next < s.aim - closeEnough || next <= s.maxLoad) take(first);
    else if (load >= s.minLoad) return load;
    else {
      take(first); // every choice overshoots the maximum: the territory will be flagged
      return load;
    }
  }
}

/** Puts the next unassigned SLS from `from` into the window; returns how many. */
function fillWindow(s: FillState, from: number): number {
  let size = 0;
  for (let i = from; i < s.families.length && size < windowSize; i++) if (!s.taken[i]) s.window[size++] = i;
  return size;
}

/** The single SLS or pair in the window that closes the territory inside the bounds nearest the aim. */
function bestCloser(s: FillState, size: number, load: number): { a: number; b: number; deviation: number } {
  const { families, window, aim, minLoad, maxLoad } = s;
  let best = { a: -1, b: -1, deviation: Infinity };
  const consider = (total: number, a: number, b: number) => {
    if (total < minLoad || total > maxLoad) return;
    const deviation = Math.abs(total - aim);
    if (deviation < best.deviation) best = { a, b, deviation };
  };
  for (let i = 0; i < size; i++) {
    const fi = families[window[i]!]!;
    consider(load + fi, window[i]!, -1);
    for (let j = i + 1; j < size; j++) consider(load + fi + families[window[j]!]!, window[i]!, window[j]!);
  }
  return best;
}

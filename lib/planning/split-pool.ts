import { findCloser } from './find-closer';
import { take, takeRest, type PoolState } from './pool-state';
import { splitLastTwo } from './split-last-two';

/** Unassigned SLS looked at ahead of the first one when closing a territory: about one village's worth. */
const windowSize = 12;
/** A territory this near its aim (families) is closed. */
const closeEnough = 1;

export interface PoolSplit {
  /** families per territory, in the order the territories were cut */
  loads: number[];
  /** territory number (index into loads) of each SLS of the pool; -1 when the pool had no families */
  binOf: Int32Array;
}

export interface SplitPoolInput {
  /** families of the pool's SLS, in SLS order */
  families: Int32Array;
  /** village number of each SLS: territories prefer to close inside the village they start in */
  villages: Int32Array;
  binCount: number;
  minLoad: number;
  maxLoad: number;
}

/**
 * Cuts a pool of SLS into `binCount` territories of whole SLS with loads near the average of what is left, each
 * inside [minLoad, maxLoad] families where SLS sizes allow. A territory starts at the first unassigned SLS, grows
 * in SLS order and closes with the one to four SLS among the next few that bring it nearest its aim, preferring
 * its own village; the last two share what is left as evenly as whole SLS allow.
 */
export function splitPool(input: SplitPoolInput): PoolSplit {
  const { families, binCount } = input;
  let remaining = 0;
  for (let i = 0; i < families.length; i++) remaining += families[i]!;
  // When no territory count fits the bounds, the bounds give way to even loads around the average.
  const average = remaining / Math.max(1, binCount);
  const state: PoolState = {
    ...input,
    minLoad: Math.min(input.minLoad, Math.floor(average)),
    maxLoad: Math.max(input.maxLoad, Math.ceil(average)),
    taken: new Uint8Array(families.length),
    binOf: new Int32Array(families.length).fill(-1),
    window: new Int32Array(windowSize),
    chosen: new Int32Array(4),
    chosenCount: 0,
    frontier: 0,
  };
  const loads: number[] = [];
  for (let bin = 0; bin < binCount && remaining > 0; bin++) {
    while (state.frontier < families.length && state.taken[state.frontier]) state.frontier++;
    if (state.frontier >= families.length) break;
    const lastTwo = bin === binCount - 2 ? splitLastTwo(state, bin, remaining) : -1;
    if (lastTwo >= 0) {
      loads.push(lastTwo, takeRest(state, bin + 1));
      remaining = 0;
      break;
    }
    const load = bin === binCount - 1 ? takeRest(state, bin) : fillBin(state, bin, remaining / (binCount - bin));
    loads.push(load);
    remaining -= load;
  }
  if (remaining > 0 && loads.length > 0) loads[loads.length - 1]! += takeRest(state, loads.length - 1);
  return { loads, binOf: state.binOf };
}

/** Fills territory `bin` from the frontier toward `average` families (clamped to the bounds); returns its load. */
function fillBin(state: PoolState, bin: number, average: number): number {
  const aim = Math.min(Math.max(average, state.minLoad), state.maxLoad);
  const home = state.villages[state.frontier]!;
  let load = take(state, state.frontier, bin);
  for (;;) {
    if (load >= aim - closeEnough) return load;
    const size = fillWindow(state);
    if (size === 0) return load;
    findCloser(state, size, load, aim, home);
    if (state.chosenCount > 0) return load + takeChosen(state, bin);
    const next = state.window[0]!;
    // No few SLS of the window close it inside the bounds: grow in SLS order, unless that overshoots the maximum.
    if (load + state.families[next]! <= state.maxLoad || load < state.minLoad) load += take(state, next, bin);
    else return load;
  }
}

/** Assigns the SLS findCloser chose; returns their families. */
function takeChosen(state: PoolState, bin: number): number {
  let load = 0;
  for (let k = 0; k < state.chosenCount; k++) load += take(state, state.chosen[k]!, bin);
  return load;
}

/** Puts the next unassigned SLS after the frontier into the window; returns how many. */
function fillWindow(state: PoolState): number {
  let size = 0;
  for (let i = state.frontier; i < state.families.length && size < windowSize; i++) if (!state.taken[i]) state.window[size++] = i;
  return size;
}

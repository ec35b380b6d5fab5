/** Unassigned SLS looked at ahead of the first one when closing a territory: about one village's worth. */
export const tuning = { windowSize: 10, closeEnough: 1, otherVillagePenalty: 3 };

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

interface PoolState extends SplitPoolInput {
  taken: Uint8Array;
  binOf: Int32Array;
  window: Int32Array;
  /** the best closing choice found: up to four positions and how many */
  chosen: Int32Array;
  chosenCount: number;
  frontier: number;
}

/**
 * Cuts a pool of SLS into `binCount` territories of whole SLS with loads near the average of what is left, each
 * inside [minLoad, maxLoad] families where SLS sizes allow. A territory starts at the first unassigned SLS, grows
 * in SLS order and closes with the one, two or three SLS among the next few that bring it nearest its aim,
 * preferring its own village; the last territory takes the rest.
 */
export function splitPool(input: SplitPoolInput): PoolSplit {
  const { families, binCount } = input;
  const state: PoolState = {
    ...input,
    taken: new Uint8Array(families.length),
    binOf: new Int32Array(families.length).fill(-1),
    window: new Int32Array(tuning.windowSize),
    chosen: new Int32Array(4),
    chosenCount: 0,
    frontier: 0,
  };
  const loads: number[] = [];
  let remaining = 0;
  for (let i = 0; i < families.length; i++) remaining += families[i]!;
  for (let bin = 0; bin < binCount && remaining > 0; bin++) {
    while (state.frontier < families.length && state.taken[state.frontier]) state.frontier++;
    if (state.frontier >= families.length) break;
    const load = bin === binCount - 1 ? takeRest(state, bin) : fillBin(state, bin, remaining / (binCount - bin));
    loads.push(load);
    remaining -= load;
  }
  if (remaining > 0 && loads.length > 0) loads[loads.length - 1]! += takeRest(state, loads.length - 1);
  return { loads, binOf: state.binOf };
}

function take(state: PoolState, position: number, bin: number): number {
  state.taken[position] = 1;
  state.binOf[position] = bin;
  return state.families[position]!;
}

function takeRest(state: PoolState, bin: number): number {
  let load = 0;
  for (let i = state.frontier; i < state.families.length; i++) if (!state.taken[i]) load += take(state, i, bin);
  return load;
}

function fillBin(state: PoolState, bin: number, average: number): number {
  const aim = Math.min(Math.max(average, state.minLoad), state.maxLoad);
  const home = state.villages[state.frontier]!;
  let load = take(state, state.frontier, bin);
  for (;;) {
    if (load >= aim - tuning.closeEnough) return load;
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

function takeChosen(state: PoolState, bin: number): number {
  let load = 0;
  for (let k = 0; k < state.chosenCount; k++) load += take(state, state.chosen[k]!, bin);
  return load;
}

/** Puts the next unassigned SLS after the frontier into the window; returns how many. */
function fillWindow(state: PoolState): number {
  let size = 0;
  for (let i = state.frontier; i < state.families.length && size < tuning.windowSize; i++) if (!state.taken[i]) state.window[size++] = i;
  return size;
}

/**
 * The one to four SLS of the window that bring `load` inside [minLoad, maxLoad] nearest the aim, an SLS from
 * another village than `home` counting as that many families off (ties: the earliest in SLS order).
 */
function findCloser(state: PoolState, size: number, load: number, aim: number, home: number) {
  const { families, villages, window, minLoad, maxLoad, chosen } = state;
  const penalty = tuning.otherVillagePenalty;
  let best = Infinity;
  state.chosenCount = 0;
  for (let i = 0; i < size; i++) {
    const s1 = load + families[window[i]!]!;
    const c1 = villages[window[i]!] === home ? 0 : penalty;
    if (s1 - aim + c1 >= best) continue;
    const score1 = s1 >= minLoad && s1 <= maxLoad ? Math.abs(s1 - aim) + c1 : Infinity;
    if (score1 < best) [best, state.chosenCount, chosen[0]] = [score1, 1, window[i]!];
    for (let j = i + 1; j < size; j++) {
      const s2 = s1 + families[window[j]!]!;
      const c2 = c1 + (villages[window[j]!] === home ? 0 : penalty);
      if (s2 - aim + c2 >= best) continue;
      const score2 = s2 >= minLoad && s2 <= maxLoad ? Math.abs(s2 - aim) + c2 : Infinity;
      if (score2 < best) [best, state.chosenCount, chosen[0], chosen[1]] = [score2, 2, window[i]!, window[j]!];
      for (let k = j + 1; k < size; k++) {
        const s3 = s2 + families[window[k]!]!;
        const c3 = c2 + (villages[window[k]!] === home ? 0 : penalty);
        if (s3 - aim + c3 >= best) continue;
        const score3 = s3 >= minLoad && s3 <= maxLoad ? Math.abs(s3 - aim) + c3 : Infinity;
        if (score3 < best) [best, state.chosenCount, chosen[0], chosen[1], chosen[2]] = [score3, 3, window[i]!, window[j]!, window[k]!];
        for (let l = k + 1; l < size; l++) {
          const s4 = s3 + families[window[l]!]!;
          const c4 = c3 + (villages[window[l]!] === home ? 0 : penalty);
          if (s4 < minLoad || s4 > maxLoad) continue;
          const score4 = Math.abs(s4 - aim) + c4;
          if (score4 < best) [best, state.chosenCount, chosen[0], chosen[1], chosen[2], chosen[3]] = [score4, 4, window[i]!, window[j]!, window[k]!, window[l]!];
        }
      }
    }
  }
}

import type { SplitPoolInput } from './split-pool';

/** The working state of cutting one pool of SLS into territories (see splitPool). */
export interface PoolState extends SplitPoolInput {
  taken: Uint8Array;
  /** territory number of each SLS, -1 while unassigned */
  binOf: Int32Array;
  /** positions of the next unassigned SLS looked at */
  window: Int32Array;
  /** the best closing choice found: up to four positions, and how many */
  chosen: Int32Array;
  chosenCount: number;
  /** the first unassigned position (or one before it) */
  frontier: number;
}

/** Assigns the SLS at `position` to territory `bin`; returns its families. */
export function take(state: PoolState, position: number, bin: number): number {
  state.taken[position] = 1;
  state.binOf[position] = bin;
  return state.families[position]!;
}

/** Assigns every SLS left to territory `bin`; returns their families. */
export function takeRest(state: PoolState, bin: number): number {
  let load = 0;
  for (let i = state.frontier; i < state.families.length; i++) if (!state.taken[i]) load += take(state, i, bin);
  return load;
}

import { take, type PoolState } from './pool-state';

/** Most SLS left for the last two territories that are split by trying every subset (2^n). */
const lastTwoLimit = 14;

/**
 * Splits what is left (`remaining` families) between the last two territories by trying every subset that holds
 * the first SLS left: both inside the bounds and as even as possible, ties to the subset nearest SLS order.
 * Assigns the first one to `bin` and returns its load, or -1 (assigning nothing) when no subset fits or too many
 * SLS are left.
 */
export function splitLastTwo(state: PoolState, bin: number, remaining: number): number {
  const left: number[] = [];
  for (let i = state.frontier; i < state.families.length; i++) if (!state.taken[i]) left.push(i);
  if (left.length < 2 || left.length > lastTwoLimit) return -1;
  let best = -1;
  let bestScore = Infinity;
  const half = remaining / 2;
  for (let mask = 1; mask < 1 << left.length; mask += 2) {
    let load = 0;
    for (let k = 0; k < left.length; k++) if (mask & (1 << k)) load += state.families[left[k]!]!;
    const rest = remaining - load;
    if (load < state.minLoad || load > state.maxLoad || rest < state.minLoad || rest > state.maxLoad) continue;
    const score = Math.abs(load - half) + 0.001 * mask;
    if (score < bestScore) [best, bestScore] = [mask, score];
  }
  if (best < 0) return -1;
  let load = 0;
  for (let k = 0; k < left.length; k++) if (best & (1 << k)) load += take(state, left[k]!, bin);
  return load;
}

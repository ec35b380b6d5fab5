import type { PoolState } from './pool-state';

/** Families off the aim that a closing SLS from another village than the territory's first SLS counts as. */
const otherVillagePenalty = 3;
/** A closing choice scoring this low (families off the aim) is taken without looking further. */
const goodEnough = 0.5;
/** The window's families and penalties, copied once per call so the loops below read flat arrays (the window holds at most 16). */
const windowFamilies = new Float64Array(16);
const windowPenalty = new Float64Array(16);

/** Records a choice of `count` SLS (window slots a..d) as the best so far; returns its score. */
function keep(state: PoolState, score: number, count: number, a: number, b: number, c: number, d: number): number {
  const { window, chosen } = state;
  state.chosenCount = count;
  chosen[0] = window[a]!;
  chosen[1] = b < 0 ? -1 : window[b]!;
  chosen[2] = c < 0 ? -1 : window[c]!;
  chosen[3] = d < 0 ? -1 : window[d]!;
  return score;
}

/**
 * The one to four SLS of the window (`size` positions) that bring a territory of `load` families inside
 * [minLoad, maxLoad] nearest `aim`, an SLS from another village than `home` counting as 3 families off; the first
 * choice within half a family wins. Sets state.chosen / chosenCount (0 when nothing fits). A plain loop nest: this
 * runs about once per territory, 300,000 times for the whole country. A branch is cut when nothing under it can
 * beat the best so far: it is over the aim by more, or its penalty alone is as much (more SLS only add to both).
 */
export function findCloser(state: PoolState, size: number, load: number, aim: number, home: number) {
  const { families, villages, window, minLoad, maxLoad } = state;
  const f = windowFamilies;
  const p = windowPenalty;
  for (let i = 0; i < size; i++) {
    f[i] = families[window[i]!]!;
    p[i] = villages[window[i]!] === home ? 0 : otherVillagePenalty;
  }
  const scoreOf = (total: number, penalty: number) => (total >= minLoad && total <= maxLoad ? Math.abs(total - aim) + penalty : Infinity);
  let best = Infinity;
  state.chosenCount = 0;
  for (let i = 0; i < size && best > goodEnough; i++) {
    const s1 = load + f[i]!;
    const c1 = p[i]!;
    if (s1 - aim + c1 >= best || c1 >= best) continue;
    const score1 = scoreOf(s1, c1);
    if (score1 < best) best = keep(state, score1, 1, i, -1, -1, -1);
    for (let j = i + 1; j < size && best > goodEnough; j++) {
      const s2 = s1 + f[j]!;
      const c2 = c1 + p[j]!;
      if (s2 - aim + c2 >= best || c2 >= best) continue;
      const score2 = scoreOf(s2, c2);
      if (score2 < best) best = keep(state, score2, 2, i, j, -1, -1);
      for (let k = j + 1; k < size && best > goodEnough; k++) {
        const s3 = s2 + f[k]!;
        const c3 = c2 + p[k]!;
        if (s3 - aim + c3 >= best || c3 >= best) continue;
        const score3 = scoreOf(s3, c3);
        if (score3 < best) best = keep(state, score3, 3, i, j, k, -1);
        for (let l = k + 1; l < size && best > goodEnough; l++) {
          const score4 = scoreOf(s3 + f[l]!, c3 + p[l]!);
          if (score4 < best) best = keep(state, score4, 4, i, j, k, l);
        }
      }
    }
  }
}

import type { PoolState } from './pool-state';

/** Families off the aim that a closing SLS from another village than the territory's first SLS counts as. */
const otherVillagePenalty = 3;
/** A closing choice scoring this low (families off the aim) is taken without looking further. */
const goodEnough = 0.5;

/** Families off the aim, plus the penalty for other villages; Infinity outside the bounds. */
function scoreOf(total: number, penalty: number, aim: number, minLoad: number, maxLoad: number): number {
  return total >= minLoad && total <= maxLoad ? Math.abs(total - aim) + penalty : Infinity;
}

/** Records a choice of `count` SLS (positions a..d) as the best so far; returns its score. */
function keep(state: PoolState, score: number, count: number, a: number, b: number, c: number, d: number): number {
  state.chosenCount = count;
  state.chosen[0] = a;
  state.chosen[1] = b;
  state.chosen[2] = c;
  state.chosen[3] = d;
  return score;
}

/**
 * The one to four SLS of the window (`size` positions) that bring a territory of `load` families inside
 * [minLoad, maxLoad] nearest `aim`, an SLS from another village than `home` counting as 3 families off; the first
 * choice within half a family wins. Sets state.chosen / chosenCount (0 when nothing fits). A plain loop nest: this
 * runs about once per territory, 300,000 times for the whole country.
 */
export function findCloser(state: PoolState, size: number, load: number, aim: number, home: number) {
  const { families, villages, window, minLoad, maxLoad } = state;
  let best = Infinity;
  state.chosenCount = 0;
  for (let i = 0; i < size && best > goodEnough; i++) {
    const a = window[i]!;
    const s1 = load + families[a]!;
    const c1 = villages[a] === home ? 0 : otherVillagePenalty;
    if (s1 - aim + c1 >= best) continue; // more SLS only add: nothing from here beats the best
    const score1 = scoreOf(s1, c1, aim, minLoad, maxLoad);
    if (score1 < best) best = keep(state, score1, 1, a, -1, -1, -1);
    for (let j = i + 1; j < size && best > goodEnough; j++) {
      const b = window[j]!;
      const s2 = s1 + families[b]!;
      const c2 = c1 + (villages[b] === home ? 0 : otherVillagePenalty);
      if (s2 - aim + c2 >= best) continue;
      const score2 = scoreOf(s2, c2, aim, minLoad, maxLoad);
      if (score2 < best) best = keep(state, score2, 2, a, b, -1, -1);
      for (let k = j + 1; k < size && best > goodEnough; k++) {
        const c = window[k]!;
        const s3 = s2 + families[c]!;
        const c3 = c2 + (villages[c] === home ? 0 : otherVillagePenalty);
        if (s3 - aim + c3 >= best) continue;
        const score3 = scoreOf(s3, c3, aim, minLoad, maxLoad);
        if (score3 < best) best = keep(state, score3, 3, a, b, c, -1);
        for (let l = k + 1; l < size && best > goodEnough; l++) {
          const d = window[l]!;
          const score4 = scoreOf(s3 + families[d]!, c3 + (villages[d] === home ? 0 : otherVillagePenalty), aim, minLoad, maxLoad);
          if (score4 < best) best = keep(state, score4, 4, a, b, c, d);
        }
      }
    }
  }
}

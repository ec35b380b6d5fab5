import { describe, expect, it } from 'vitest';
import { countTerritories } from '@/lib/planning/count-territories';

// Loads in families over 25 on-site days: minimum 10/day = 250, maximum 14/day = 350.
const bounds = { minLoad: 250, maxLoad: 350 };

describe('countTerritories', () => {
  it.each([
    { families: 0, standard: 0, lean: 0 },
    { families: 100, standard: 1, lean: 1 }, // too small for 10/day: one territory anyway (flagged later)
    { families: 249, standard: 1, lean: 1 },
    { families: 250, standard: 1, lean: 1 }, // exactly 10/day
    { families: 350, standard: 1, lean: 1 }, // exactly 14/day
    { families: 351, standard: 2, lean: 2 }, // 14.04/day is over the maximum: two, though 7.02/day is under the minimum
    { families: 499, standard: 2, lean: 2 }, // one would be 19.96/day; two are 9.98/day
    { families: 500, standard: 2, lean: 2 },
    { families: 700, standard: 2, lean: 2 }, // 14/day each
    { families: 701, standard: 3, lean: 3 }, // floor(701/250) = 2 would be 14.02/day: the maximum wins, ceil(701/350) = 3
    { families: 2600, standard: 10, lean: 8 }, // 10.4/day x 10 PPL; lean: ceil(2600/350) = 8 (13/day)
    { families: 10_000, standard: 40, lean: 29 }, // lean: ceil(28.57) = 29
  ])('$families families: standard $standard, lean $lean', ({ families, standard, lean }) => {
    expect(countTerritories({ families, ...bounds, strategy: 'standard' })).toBe(standard);
    expect(countTerritories({ families, ...bounds, strategy: 'lean' })).toBe(lean);
  });
});

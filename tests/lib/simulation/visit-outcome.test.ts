import { describe, expect, it } from 'vitest';
import { familySizeOf, revisitAfterDays, visitOutcome } from '@/lib/simulation/visit-outcome';

describe('visitOutcome', () => {
  it.each([
    // attempt  draw    outcome
    [1, 0, 'completed'],
    [1, 0.877, 'completed'],
    [1, 0.878, 'not_home'],
    [1, 0.97, 'refused'],
    [1, 0.99, 'moved'],
    [1, 0.999, 'not_found'],
    [2, 0.9, 'not_home'], // a revisit may find nobody again
    [2, 0.96, 'refused'],
    [3, 0.9, 'moved'], // the third attempt is final: never not_home
    [3, 0.95, 'not_found'],
    [5, 0.85, 'refused'],
  ] as const)('attempt %s with draw %s: %s', (attempt, u, outcome) => {
    expect(visitOutcome({ attempt, u })).toBe(outcome);
  });

  it('refuses about 2% and leaves about 8.5% of first visits for a revisit', () => {
    const draws = Array.from({ length: 10_000 }, (_, i) => (i + 0.5) / 10_000);
    const share = (attempt: number, outcome: string) => draws.filter((u) => visitOutcome({ attempt, u }) === outcome).length / draws.length;
    expect(share(1, 'refused')).toBeCloseTo(0.018, 3);
    expect(share(1, 'not_home')).toBeCloseTo(0.085, 3);
    expect(share(3, 'not_home')).toBe(0);
    // over a family's visits: refusals on the first plus those among the revisits
    const refusedOverall = share(1, 'refused') + share(1, 'not_home') * (share(2, 'refused') + share(2, 'not_home') * share(3, 'refused'));
    expect(refusedOverall).toBeGreaterThan(0.01);
    expect(refusedOverall).toBeLessThan(0.03);
  });
});

describe('familySizeOf and revisitAfterDays', () => {
  it.each([
    // draw  members  days until the revisit
    [0, 1, 1],
    [0.3, 3, 2],
    [0.6, 4, 3],
    [0.995, 10, 4],
  ] as const)('draw %s: %s members, revisit after %s working days', (u, members, days) => {
    expect(familySizeOf(u)).toBe(members);
    expect(revisitAfterDays(u)).toBe(days);
  });
});

import type { InterviewOutcome } from '../interviews/outcomes';

/** Cumulative chances of each outcome, by attempt (1: first visit, 2: the first revisit, 3: later ones). */
const outcomeChances: Record<1 | 2 | 3, readonly (readonly [InterviewOutcome, number])[]> = {
  1: [['completed', 0.878], ['not_home', 0.963], ['refused', 0.981], ['moved', 0.993], ['not_found', 1]],
  2: [['completed', 0.85], ['not_home', 0.94], ['refused', 0.975], ['moved', 0.99], ['not_found', 1]],
  // The last try ends the family one way or another: nobody home three times is recorded as not found.
  3: [['completed', 0.82], ['refused', 0.88], ['moved', 0.92], ['not_found', 1]],
};

/** Family sizes of completed interviews (members), cumulative: Indonesia's average is near 3.8. */
const familySizes: readonly (readonly [number, number])[] = [[1, 0.08], [2, 0.23], [3, 0.45], [4, 0.69], [5, 0.84], [6, 0.93], [7, 0.97], [8, 0.99], [10, 1]];

/**
 * What one visit to a family finds, from a uniform draw `u` in [0, 1): about 88% completed on the first visit, 8.5%
 * nobody home (to revisit), 1.8% refused, 1.2% moved, 0.7% not found; revisits find more people home; the third
 * attempt is final. Over all visits about 2% of families refuse.
 */
export function visitOutcome({ attempt, u }: { attempt: number; u: number }): InterviewOutcome {
  const chances = outcomeChances[Math.min(3, Math.max(1, attempt)) as 1 | 2 | 3];
  return chances.find(([, upTo]) => u < upTo)?.[0] ?? 'not_found';
}

/** Members of a completed family (1-10), from a uniform draw `u` in [0, 1). */
export function familySizeOf(u: number): number {
  return familySizes.find(([, upTo]) => u < upTo)?.[0] ?? 10;
}

/** Working days until a not-at-home family is visited again (1-4), from a uniform draw `u` in [0, 1). */
export function revisitAfterDays(u: number): number {
  return 1 + Math.floor(u * 4);
}

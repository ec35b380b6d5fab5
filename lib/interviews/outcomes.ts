/** What a visit to a family ended in (DESIGN.md section 5). */
export const interviewOutcomes = ['completed', 'refused', 'not_home', 'moved', 'not_found'] as const;
export type InterviewOutcome = (typeof interviewOutcomes)[number];

/** Outcomes that close a family; `not_home` means a revisit is still due, so it is not final. */
export const finalOutcomes = ['completed', 'refused', 'moved', 'not_found'] as const satisfies readonly InterviewOutcome[];
export type FinalOutcome = (typeof finalOutcomes)[number];

/** True when the outcome closes the family. */
export function isFinalOutcome(outcome: InterviewOutcome): outcome is FinalOutcome {
  return (finalOutcomes as readonly InterviewOutcome[]).includes(outcome);
}

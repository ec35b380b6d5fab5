/** What one visit to a family came to: the outcomes an entry system reports. */
export const interviewOutcomes = ['completed', 'refused', 'not_home', 'moved', 'not_found'] as const;
export type InterviewOutcome = (typeof interviewOutcomes)[number];

import type { z } from 'zod';
import { describeProblem } from '@/i18n/describe';
import type { Lang } from '@/lib/i18n/languages';
import { issueProblem, type Problem } from '@/lib/i18n/problem';

/** What a reader reads for a zod issue or a problem of lib/ (Indonesian unless asked): tests keep checking the words. */
export function words(issueOrProblem: z.core.$ZodIssue | Problem, lang: Lang = 'id'): string {
  const problem = 'path' in issueOrProblem ? issueProblem(issueOrProblem) : issueOrProblem;
  return describeProblem(problem, lang);
}

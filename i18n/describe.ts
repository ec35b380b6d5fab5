import type { z } from 'zod';
import type { Lang } from '@/lib/i18n/languages';
import { issueProblem, type Problem } from '@/lib/i18n/problem';
import type { PlanAreaRefusal } from '@/lib/planning/plan-area-refusal';
import type { LegacyNote } from '@/lib/planning/stored-notes';
import type { PlanWarning, TerritoryFlag } from '@/lib/planning/types';
import { messagesFor } from './messages';
import { translatorFor } from './translator';

/**
 * Words for what lib/ reports as codes, in a language: problems (bad input), zod issues, plan refusals, territory
 * flags and plan warnings. Pages, API routes, exports and CLIs all word them here, so each reads the same everywhere.
 */

/** A field's name in the reader's language (`fields` of the dictionary), or null for a name it does not know. */
export function fieldLabel(field: string, lang: Lang): string | null {
  const fields: Record<string, string> = messagesFor(lang).fields;
  return Object.hasOwn(fields, field) ? fields[field]! : null;
}

/** A problem in words; a `field` fact that names a known field is shown by its label. */
export function describeProblem({ code, values = {} }: Problem, lang: Lang): string {
  const field = typeof values.field === 'string' ? (fieldLabel(values.field, lang) ?? values.field) : undefined;
  return translatorFor(lang).t(`problems.${code}`, { ...values, ...(field === undefined ? {} : { field }) });
}

/** A zod issue as `{ path, message }`; the message leads with the field's label when the problem does not name it. */
export function describeIssue(issue: z.core.$ZodIssue, lang: Lang): { path: string; message: string } {
  const problem = issueProblem(issue);
  const text = describeProblem(problem, lang);
  const key = [...issue.path].reverse().find((p): p is string => typeof p === 'string');
  const label = key === undefined || problem.values?.field !== undefined ? null : fieldLabel(key, lang);
  return { path: issue.path.join('.'), message: label ? translatorFor(lang).t('api.fieldIssue', { field: label, message: text }) : text };
}

/** Every issue of a zod error, described. */
export function describeIssues(error: z.ZodError, lang: Lang): { path: string; message: string }[] {
  return error.issues.map((issue) => describeIssue(issue, lang));
}

/** Why an area cannot be planned, in words. */
export function describeRefusal(refusal: PlanAreaRefusal, lang: Lang): string {
  const { t } = translatorFor(lang);
  switch (refusal.code) {
    case 'invalid_area':
    case 'unknown_area':
      return t(`refusals.${refusal.code}`, { areaCode: refusal.areaCode });
    case 'no_operation':
      return t('refusals.no_operation');
    case 'area_level':
      return t('refusals.area_level', { areaCode: refusal.areaCode, level: t(`levelOf.${refusal.level}`) });
    case 'invalid_params':
      return refusal.issues.map((i) => i.message).join('\n') || t('refusals.invalid_params');
    case 'no_families':
      return t('refusals.no_families', { areaLabel: refusal.areaLabel, operationName: refusal.operationName });
    default:
      return t(`refusals.${refusal.code}`, { detail: describeProblem(refusal.problem, lang) });
  }
}

/** A territory's flag in words; a sentence saved by an older version as it is. */
export function describeFlag(flag: TerritoryFlag | LegacyNote, lang: Lang): string {
  if (flag.code === 'legacy') return flag.text;
  const { code, ...values } = flag;
  return translatorFor(lang).t(`flags.${code}`, values);
}

/** A plan warning in words; a sentence saved by an older version as it is. */
export function describeWarning(warning: PlanWarning | LegacyNote, lang: Lang): string {
  if (warning.code === 'legacy') return warning.text;
  const { code, ...values } = warning;
  return translatorFor(lang).t(`warnings.${code}`, values);
}

import type { z } from 'zod';

/**
 * Every problem lib/ reports to a person, by code. The words live in the dictionaries (i18n/messages: `problems`),
 * typed by this list, so a code without words in either language fails the type check.
 */
export const problemCodes = [
  // text a person types
  'text_required', 'text_too_short', 'text_too_long', 'text_forbidden_character', 'forbidden_character',
  // operation parameters
  'date_format', 'date_not_in_calendar', 'date_out_of_years', 'rupiah_too_big', 'rest_weekdays_too_many',
  'rest_weekdays_repeated', 'holidays_too_many', 'holidays_repeated', 'province_code_format', 'province_codes_too_many',
  'province_codes_repeated', 'min_above_max', 'window_backwards', 'window_too_long', 'holiday_outside_window',
  'terrain_area_code', 'terrain_class_invalid', 'terrain_classes_too_many',
  // codes and ids
  'area_code_invalid', 'kecamatan_code_format', 'audit_subject_one', 'coverage_area_invalid', 'as_of_out_of_range', 'plan_area_code_invalid', 'plan_id_invalid', 'search_too_long', 'search_control_character',
  'username_format', 'token_id_invalid', 'token_id_too_big', 'password_too_short',
  // CSV files
  'csv_not_utf8', 'csv_utf16_broken', 'csv_quote_unclosed', 'csv_text_after_quote', 'csv_quote_inside_field',
  'csv_field_count', 'csv_column_required', 'csv_column_unknown', 'csv_column_repeated', 'roster_empty', 'workload_empty',
  'interviews_empty', 'role_invalid', 'phone_invalid', 'village_code_format', 'village_unknown', 'whole_number', 'whole_number_max',
  'access_mode_invalid', 'local_staff_invalid', 'families_max_village', 'families_max_sls', 'sls_code_format',
  'sls_code_prefix', 'sls_repeated', 'village_split_repeated', 'village_mixed_sls', 'access_mismatch',
  // XLSX files
  'xlsx_unreadable', 'xlsx_no_sheet', 'xlsx_too_large', 'xlsx_formula_without_value',
  // the planner's domain errors
  'window_not_a_range', 'no_open_days', 'workload_village_outside_district', 'workload_sls_repeated',
  'workload_sls_prefix', 'workload_families_not_whole', 'workload_travel_not_whole', 'area_mismatch',
  // zod's own checks, where a schema names no code
  'invalid_type', 'too_small', 'too_big', 'invalid_option', 'unknown_keys', 'invalid_format', 'invalid_input',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

/** The facts a problem's words need: numbers, codes, dates as `YYYY-MM-DD`. */
export type ProblemValues = Readonly<Record<string, string | number>>;

/** Something a person must fix, as a code with its facts; app/ and the CLIs word it in the reader's language. */
export interface Problem {
  code: ProblemCode;
  values?: ProblemValues;
}

const codes: ReadonlySet<string> = new Set(problemCodes);

export function isProblemCode(value: unknown): value is ProblemCode {
  return typeof value === 'string' && codes.has(value);
}

/**
 * A zod issue as a problem. lib/'s schemas put a problem code in the issue's message and its facts in `params`;
 * an issue of a schema that names no code keeps zod's own kind with its bounds (too_big with `maximum`, ...).
 */
export function issueProblem(issue: z.core.$ZodIssue): Problem {
  const bounds: Record<string, string | number> = {};
  if (issue.code === 'too_small') Object.assign(bounds, { origin: issue.origin, minimum: Number(issue.minimum), inclusive: issue.inclusive === false ? 'no' : 'yes' });
  if (issue.code === 'too_big') Object.assign(bounds, { origin: issue.origin, maximum: Number(issue.maximum), inclusive: issue.inclusive === false ? 'no' : 'yes' });
  if (isProblemCode(issue.message)) {
    const params = issue.code === 'custom' ? (issue.params ?? {}) : {};
    const values = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
    return { code: issue.message, values: { ...bounds, ...values } };
  }
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid_type', values: { expected: issue.expected } };
    case 'too_small':
      return { code: 'too_small', values: bounds };
    case 'too_big':
      return { code: 'too_big', values: bounds };
    case 'invalid_value':
      return { code: 'invalid_option', values: { options: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { code: 'unknown_keys', values: { keys: issue.keys.join(', ') } };
    case 'invalid_format':
      return { code: 'invalid_format' };
    default:
      return { code: 'invalid_input' };
  }
}

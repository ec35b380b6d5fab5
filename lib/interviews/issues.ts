/** Why a record was refused: a code with its numbers; app/ words it in the caller's language. */
export type RejectionCode =
  | 'not_a_record'
  | 'unknown_field'
  | 'missing_field'
  | 'invalid_id'
  | 'bad_sls_code'
  | 'unknown_sls'
  | 'sls_outside_scope'
  | 'bad_ppl_id'
  | 'unknown_ppl'
  | 'not_a_ppl'
  | 'bad_date'
  | 'visit_before_window'
  | 'visit_after_window'
  | 'visit_in_future'
  | 'bad_outcome'
  | 'bad_family_size'
  | 'bad_family_ref';

/** The fields of a record, in the order they are checked and named in a rejection. */
export const recordFields = ['id', 'slsCode', 'pplId', 'visitedOn', 'outcome', 'familySize', 'familyRef'] as const;
export type RecordField = (typeof recordFields)[number];

export interface InterviewRejection {
  /** the record's place in the batch (0-based) */
  index: number;
  /** the id as sent when it was a string, else null */
  id: string | null;
  /** the record field at fault ('record' when it is not an object at all, or the unknown key's name) */
  field: string;
  code: RejectionCode;
  /** the numbers the rule was checked against, e.g. { windowStart: '2022-10-15' } or { min: 1, max: 30 } */
  params?: Record<string, string | number>;
}

/** The same id with other content: the first record stays. */
export interface InterviewConflict {
  index: number;
  id: string;
  code: 'id_conflict';
}

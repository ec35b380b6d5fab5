import type { z } from 'zod';
import { familySizeRange, interviewRecordInput, maxFamilyRefLength, type InterviewRecordInput } from './record-input';
import { recordFields, type InterviewRejection, type RecordField, type RejectionCode } from './issues';

const codeOfField: Record<RecordField, RejectionCode> = {
  id: 'invalid_id',
  slsCode: 'bad_sls_code',
  pplId: 'bad_ppl_id',
  visitedOn: 'bad_date',
  outcome: 'bad_outcome',
  familySize: 'bad_family_size',
  familyRef: 'bad_family_ref',
};
const paramsOfField: Partial<Record<RecordField, Record<string, number>>> = {
  familySize: familySizeRange,
  familyRef: { maxLength: maxFamilyRefLength },
};
const optional = new Set<string>(['familySize', 'familyRef']);

export type ReadRecord = { ok: true; record: InterviewRecordInput } | { ok: false; rejection: InterviewRejection };

/** One record of a batch checked for shape: its value, or the first field at fault (in field order) with a code. */
export function readInterviewRecord(raw: unknown, index: number): ReadRecord {
  const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : null;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, rejection: { index, id, field: 'record', code: 'not_a_record' } };
  const parsed = interviewRecordInput.safeParse(raw);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, rejection: { index, id, ...firstIssue(parsed.error.issues, raw as Record<string, unknown>) } };
}

function firstIssue(issues: readonly z.core.$ZodIssue[], raw: Record<string, unknown>): Pick<InterviewRejection, 'field' | 'code' | 'params'> {
  const unknownKey = issues.find((i) => i.code === 'unrecognized_keys');
  if (unknownKey && unknownKey.code === 'unrecognized_keys') return { field: unknownKey.keys[0]!, code: 'unknown_field' };
  const field = recordFields.find((f) => issues.some((i) => i.path[0] === f))!;
  if (raw[field] === undefined && !optional.has(field)) return { field, code: 'missing_field' };
  const params = paramsOfField[field];
  return { field, code: codeOfField[field], ...(params ? { params } : {}) };
}

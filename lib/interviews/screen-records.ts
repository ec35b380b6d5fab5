import { isWithin } from '../areas/codes';
import type { InterviewRejection } from './issues';
import type { InterviewRecordInput } from './record-input';

export interface IndexedRecord {
  index: number;
  record: InterviewRecordInput;
}

export interface ScreenInput {
  records: readonly IndexedRecord[];
  /** the caller's areas ('ID' = the whole country) */
  areaCodes: readonly string[];
  /** SLS of the operation's frame among those the records name */
  knownSls: ReadonlySet<string>;
  /** roster role of each staff id of the operation among those the records name */
  staffRoles: ReadonlyMap<number, string>;
  windowStart: string;
  windowEnd: string;
  /** the operation's today (YYYY-MM-DD) */
  today: string;
}

/**
 * The intake rules a well-formed record must pass: its SLS inside the caller's areas (checked first, so a caller
 * learns nothing of SLS outside them) and in the operation's frame, its PPL a PPL of the roster, its visit inside
 * the window and not after today.
 */
export function screenInterviewRecords(input: ScreenInput): { passed: IndexedRecord[]; rejected: InterviewRejection[] } {
  const passed: IndexedRecord[] = [];
  const rejected: InterviewRejection[] = [];
  for (const item of input.records) {
    const problem = firstBrokenRule(item.record, input);
    if (problem) rejected.push({ index: item.index, id: item.record.id, ...problem });
    else passed.push(item);
  }
  return { passed, rejected };
}

function firstBrokenRule(r: InterviewRecordInput, input: ScreenInput): Pick<InterviewRejection, 'field' | 'code' | 'params'> | null {
  if (!input.areaCodes.some((scope) => isWithin(r.slsCode, scope))) return { field: 'slsCode', code: 'sls_outside_scope' };
  if (!input.knownSls.has(r.slsCode)) return { field: 'slsCode', code: 'unknown_sls' };
  const role = input.staffRoles.get(r.pplId);
  if (role === undefined) return { field: 'pplId', code: 'unknown_ppl' };
  if (role !== 'ppl') return { field: 'pplId', code: 'not_a_ppl', params: { role } };
  if (r.visitedOn < input.windowStart) return { field: 'visitedOn', code: 'visit_before_window', params: { windowStart: input.windowStart } };
  if (r.visitedOn > input.windowEnd) return { field: 'visitedOn', code: 'visit_after_window', params: { windowEnd: input.windowEnd } };
  if (r.visitedOn > input.today) return { field: 'visitedOn', code: 'visit_in_future', params: { today: input.today } };
  return null;
}

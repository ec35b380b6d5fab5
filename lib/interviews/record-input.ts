import { z } from 'zod';
import { interviewOutcomes } from './outcomes';

/** Most records one request may carry (a day of a large office's entry system in one go). */
export const maxBatchRecords = 5_000;
export const familySizeRange = { min: 1, max: 30 } as const;
export const maxFamilyRefLength = 64;

const slsCodePattern = /^\d{2}\.\d{2}\.\d{2}\.\d{4}\.\d{4}$/;
// Printable ASCII, not starting or ending with a space: " 6471" and "6471" must not become two families.
const familyRefPattern = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
// A day that exists (no 31 November): the fields set on a UTC date and read back. Intake checks every record with
// it, and date-fns's parseISO cost as much as the rest of the record's checks together.
const isCalendarDate = (d: string) => {
  const m = datePattern.exec(d);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day;
};

/** One interview record as an entry system sends it (strict: an unknown key is refused, not dropped). */
export const interviewRecordInput = z.strictObject({
  id: z.uuid().transform((id) => id.toLowerCase()),
  slsCode: z.string().regex(slsCodePattern),
  pplId: z.number().int().min(1).max(2_147_483_647),
  visitedOn: z.string().refine(isCalendarDate),
  outcome: z.enum(interviewOutcomes),
  familySize: z.number().int().min(familySizeRange.min).max(familySizeRange.max).optional(),
  familyRef: z.string().min(1).max(maxFamilyRefLength).regex(familyRefPattern).optional(),
});
export type InterviewRecordInput = z.infer<typeof interviewRecordInput>;

/**
 * The body of POST /api/interviews. Records are checked one by one after this (a bad record is rejected alone, the
 * others go in), so here each is only "something".
 */
export const interviewBatchInput = z.strictObject({
  records: z.array(z.unknown()).min(1, 'kirim minimal 1 rekaman').max(maxBatchRecords, `paling banyak ${maxBatchRecords} rekaman per permintaan`),
});

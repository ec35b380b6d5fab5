import 'server-only';
import { describeProblem } from '@/i18n/describe';
import { describeIntakeIssue } from '@/i18n/intake-reasons';
import type { TableRecord } from '@/lib/csv/table-record';
import type { Lang } from '@/lib/i18n/languages';
import type { RecordField } from '@/lib/interviews/issues';
import { csvColumnOfField, parseInterviewCsv } from '@/lib/interviews/parse-interview-csv';
import type { Db } from '../client';
import { importInterviews, type ImportInterviewsInput } from './import-interviews';

/** A bad line of an interview file, worded in the importer's language. */
export interface InterviewCsvError {
  line: number;
  field: string;
  message: string;
}

export type CsvImportOutcome = { ok: true; accepted: number; duplicates: number; records: number } | { ok: false; errors: InterviewCsvError[] };

/**
 * An interview file (CSV or XLSX, read into records) imported all or nothing (the API's import, the running app's CLI door and the CLI itself come
 * here): every bad line comes back with its column and the rule in `lang`, or the counts when all went in.
 */
export async function importInterviewCsv(db: Db, { records, lang, ...input }: Omit<ImportInterviewsInput, 'records'> & { records: readonly TableRecord[]; lang: Lang }): Promise<CsvImportOutcome> {
  const parsed = parseInterviewCsv(records);
  const worded = (errors: typeof parsed.errors) => errors.map((e) => ({ line: e.line, field: e.field, message: describeProblem(e, lang) }));
  if (!parsed.ok) return { ok: false, errors: worded(parsed.errors) };
  // Rows that broke the CSV's structure are reported with the others; nothing is written while any is bad.
  const outcome = await importInterviews(db, { ...input, records: parsed.records, checkOnly: parsed.errors.length > 0 });
  if (outcome.ok && parsed.errors.length === 0) return { ok: true, accepted: outcome.accepted, duplicates: outcome.duplicates, records: parsed.records.length };
  const issues = outcome.ok ? [] : [...outcome.rejected, ...outcome.conflicts.map((c) => ({ ...c, field: 'id' }))];
  const errors = issues.map((issue) => ({
    line: parsed.lines[issue.index]!,
    field: csvColumnOfField[issue.field as RecordField] ?? issue.field,
    message: describeIntakeIssue(issue, lang),
  }));
  return { ok: false, errors: [...worded(parsed.errors), ...errors].sort((a, b) => a.line - b.line) };
}

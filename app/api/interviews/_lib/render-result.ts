import 'server-only';
import type { IntakeResult } from '@/db/use-cases/ingest-interviews';
import { describeIntakeIssue } from '@/i18n/intake-reasons';
import type { Lang } from '@/lib/i18n/languages';

/** An intake result as the API answers it: each conflict and rejection keeps its code and gains a sentence. */
export function renderIntakeResult(result: IntakeResult, lang: Lang) {
  return {
    accepted: result.accepted,
    duplicates: result.duplicates,
    conflicts: result.conflicts.map((c) => ({ index: c.index, id: c.id, code: c.code, reason: describeIntakeIssue({ field: 'id', code: c.code }, lang) })),
    rejected: result.rejected.map((r) => ({ index: r.index, id: r.id, field: r.field, code: r.code, ...(r.params ? { params: r.params } : {}), reason: describeIntakeIssue(r, lang) })),
  };
}

import 'server-only';
import type { AreaDelta, PplDelta } from '@/lib/interviews/apply-interview-batch';
import type { InterviewConflict, InterviewRejection } from '@/lib/interviews/issues';
import type { InterviewOutcome } from '@/lib/interviews/outcomes';
import type { Db } from '../client';
import { addRollups } from './add-rollups';
import { checkInterviews, writeInterviews, type IntakeContext } from './ingest-interviews';
import { retryOnDeadlock } from './retry-on-deadlock';

export interface ImportInterviewsInput extends IntakeContext {
  records: readonly unknown[];
  /** records per round trip (the API's largest batch) */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void | Promise<void>;
  /** check every record, then roll back whatever the answer (the file is already known to be bad) */
  checkOnly?: boolean;
}

export type ImportOutcome = { ok: true; accepted: number; duplicates: number } | { ok: false; conflicts: InterviewConflict[]; rejected: InterviewRejection[] };

class Refused extends Error {
  constructor(readonly outcome: Extract<ImportOutcome, { ok: false }>) {
    super('import refused');
  }
}

/**
 * Imports a file's records all or nothing, in one transaction: chunks go through the same checks as the API, and
 * any rejected or conflicting record rolls the whole import back, reporting every one. Records already stored with
 * the same content are fine and counted. The roll-ups are added once at the end, so the hot rows (the country's
 * days) stay locked only for the last moment of a long import.
 */
export async function importInterviews(db: Db, { records, chunkSize = 5_000, onProgress, checkOnly = false, ...ctx }: ImportInterviewsInput): Promise<ImportOutcome> {
  try {
    return await retryOnDeadlock(() =>
      db.transaction(async (tx) => {
        const totals = { accepted: 0, duplicates: 0, conflicts: [] as InterviewConflict[], rejected: [] as InterviewRejection[] };
        const deltas = new DeltaSum();
        for (let start = 0; start < records.length; start += chunkSize) {
          // Checked inside the transaction: a chunk must see the records of the chunks before it.
          const checked = await checkInterviews(tx, ctx, records.slice(start, start + chunkSize), start);
          const { result, areaDeltas, pplDeltas } = await writeInterviews(tx, ctx, checked);
          totals.accepted += result.accepted;
          totals.duplicates += result.duplicates;
          totals.conflicts.push(...result.conflicts);
          totals.rejected.push(...result.rejected);
          deltas.add(areaDeltas, pplDeltas);
          await onProgress?.(Math.min(start + chunkSize, records.length), records.length);
        }
        if (checkOnly || totals.conflicts.length + totals.rejected.length > 0) throw new Refused({ ok: false, conflicts: totals.conflicts, rejected: totals.rejected });
        await addRollups(tx, ctx.operation.id, deltas.list());
        return { ok: true as const, accepted: totals.accepted, duplicates: totals.duplicates };
      }),
    );
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    throw error;
  }
}

/** Roll-up deltas summed over chunks as they come, so a long import holds one count per (area, day, outcome). */
class DeltaSum {
  private areas = new Map<string, AreaDelta>();
  private ppl = new Map<string, PplDelta>();

  add(areaDeltas: readonly AreaDelta[], pplDeltas: readonly PplDelta[]) {
    for (const d of areaDeltas) sumInto(this.areas, `${d.areaCode}|${d.visitDate}|${d.outcome}`, d);
    for (const d of pplDeltas) sumInto(this.ppl, `${d.pplStaffId}|${d.visitDate}|${d.outcome}`, d);
  }

  list() {
    return { areaDeltas: [...this.areas.values()], pplDeltas: [...this.ppl.values()] };
  }
}

function sumInto<T extends { count: number; outcome: InterviewOutcome }>(into: Map<string, T>, key: string, delta: T) {
  const found = into.get(key);
  if (found) found.count += delta.count;
  else into.set(key, { ...delta });
}

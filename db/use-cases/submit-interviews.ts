import 'server-only';
import type { Db } from '../client';
import { addRollups } from './add-rollups';
import { checkInterviews, writeInterviews, type IntakeContext, type IntakeResult } from './ingest-interviews';
import { retryOnDeadlock } from './retry-on-deadlock';

export type { IntakeContext, IntakeResult } from './ingest-interviews';

export interface SubmitInterviewsInput extends IntakeContext {
  /** the batch as sent: each record is checked on its own */
  records: readonly unknown[];
}

/**
 * Stores a batch of interview records exactly once, in one transaction with the roll-ups: each record is accepted,
 * a duplicate (its id stored with the same content), a conflict (its id stored with other content; the first
 * stays) or rejected (with the field and rule). Concurrency: records go in under their primary key (a concurrent
 * insert of the same id waits and is then classified), families under row locks taken in key order in the same
 * statement (an insert for a new family, a no-op update for a stored one), roll-ups by additive upserts in key
 * order. Five statements a batch: the checks, then the records with their families, the changed families and the
 * roll-ups inside one transaction.
 */
export async function submitInterviews(db: Db, input: SubmitInterviewsInput): Promise<IntakeResult> {
  const { records, ...ctx } = input;
  // Checks read reference rows and stored ids on the pool, before any lock is taken; the writes re-check ids.
  const checked = await checkInterviews(db, ctx, records);
  return retryOnDeadlock(() =>
    db.transaction(async (tx) => {
      const written = await writeInterviews(tx, ctx, checked);
      await addRollups(tx, ctx.operation.id, written);
      return written.result;
    }),
  );
}

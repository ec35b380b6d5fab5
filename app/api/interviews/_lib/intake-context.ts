import 'server-only';
import type { Db } from '@/db/client';
import { getActiveOperation } from '@/db/queries/operations';
import { readSecrets } from '@/db/secrets';
import type { IntakeContext } from '@/db/use-cases/ingest-interviews';
import { operationToday } from '@/lib/operations/operation-today';

/** The active operation as intake needs it, for a submitter with these areas; null when there is no operation. */
export async function intakeContextFor(db: Db, { areaCodes, submittedBy }: { areaCodes: readonly string[]; submittedBy: string | null }): Promise<IntakeContext | null> {
  const operation = await getActiveOperation(db);
  if (!operation) return null;
  return {
    operation: { id: operation.id, windowStart: operation.params.windowStart, windowEnd: operation.params.windowEnd },
    areaCodes,
    submittedBy,
    today: operationToday({ clockDate: operation.clockDate, now: new Date() }),
    familyHashKey: readSecrets().familyHashKey,
  };
}

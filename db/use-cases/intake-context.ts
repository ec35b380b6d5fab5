import 'server-only';
import type { Db } from '../client';
import { getActiveOperation } from '../queries/operations';
import { readSecrets } from '../secrets';
import type { IntakeContext } from './ingest-interviews';
import { operationToday } from '@/lib/operations/operation-today';

/**
 * The active operation as intake needs it, for a submitter with these areas, on the operation's today at `now`;
 * null when there is no operation. The routes, the CLI and the simulator all start here.
 */
export async function intakeContextFor(db: Db, { areaCodes, submittedBy, now }: { areaCodes: readonly string[]; submittedBy: string | null; now: Date }): Promise<IntakeContext | null> {
  const operation = await getActiveOperation(db);
  if (!operation) return null;
  return {
    operation: { id: operation.id, windowStart: operation.params.windowStart, windowEnd: operation.params.windowEnd },
    areaCodes,
    submittedBy,
    today: operationToday({ clockDate: operation.clockDate, now }),
    familyHashKey: readSecrets().familyHashKey,
  };
}

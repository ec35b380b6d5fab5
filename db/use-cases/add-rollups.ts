import 'server-only';
import type { AreaDelta, PplDelta } from '@/lib/interviews/apply-interview-batch';
import { pivotDeltas } from '@/lib/interviews/pivot-deltas';
import type { Db } from '../client';
import { addCounts } from '../queries/intake';

/**
 * Adds roll-up deltas in the caller's transaction, in one statement with rows in a fixed order. The hottest rows
 * (the country's and a province's day) are locked from here to the commit, so this is the last write of a batch.
 */
export async function addRollups(tx: Db, operationId: number, { areaDeltas, pplDeltas }: { areaDeltas: readonly AreaDelta[]; pplDeltas: readonly PplDelta[] }): Promise<void> {
  await addCounts(tx, operationId, {
    ppl: pivotDeltas(pplDeltas.map((d) => ({ ...d, key: d.pplStaffId }))),
    areas: pivotDeltas(areaDeltas.map((d) => ({ ...d, key: d.areaCode }))),
  });
}

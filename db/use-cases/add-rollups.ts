import 'server-only';
import type { AreaDelta, PplDelta } from '@/lib/interviews/apply-interview-batch';
import { pivotDeltas } from '@/lib/interviews/pivot-deltas';
import type { Db } from '../client';
import { addAreaCounts, addPplCounts } from '../queries/intake';

/**
 * Adds roll-up deltas in the caller's transaction: one statement per table, rows in a fixed order. The hottest
 * rows (the country's and a province's day) are locked from here to the commit, so this is the last write of a
 * batch.
 */
export async function addRollups(tx: Db, operationId: number, { areaDeltas, pplDeltas }: { areaDeltas: readonly AreaDelta[]; pplDeltas: readonly PplDelta[] }): Promise<void> {
  // PPL rows first: two offices rarely share a PPL, while every batch shares the country's rows.
  await addPplCounts(tx, operationId, pivotDeltas(pplDeltas.map((d) => ({ ...d, key: d.pplStaffId }))));
  await addAreaCounts(tx, operationId, pivotDeltas(areaDeltas.map((d) => ({ ...d, key: d.areaCode }))));
}

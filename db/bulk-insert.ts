import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from './client';

/** Progress of a long write: rows done out of total. */
export type ProgressFn = (done: number, total: number) => void | Promise<void>;

/**
 * Inserts rows in multi-row batches (one statement per batch, not per row). Call inside a transaction when the
 * whole set must land or nothing: this function does not open one, so callers can combine several tables.
 */
export async function insertInBatches<T extends PgTable>(
  db: Db,
  table: T,
  rows: readonly T['$inferInsert'][],
  { batchSize = 2000, onProgress, skipExisting = false }: { batchSize?: number; onProgress?: ProgressFn; skipExisting?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    const insert = db.insert(table).values(rows.slice(i, i + batchSize) as T['$inferInsert'][]);
    await (skipExisting ? insert.onConflictDoNothing() : insert);
    await onProgress?.(Math.min(i + batchSize, rows.length), rows.length);
  }
}

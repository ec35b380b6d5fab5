import { sql } from 'drizzle-orm';
import type { Db } from './client';

/**
 * Takes transaction-scoped advisory locks on named keys (e.g. `workloads:1:64.71`), in sorted order so two
 * transactions wanting overlapping keys queue instead of deadlocking. Call inside a transaction: the locks hold until
 * it ends. Keys hash to 64 bits; a rare collision only makes two unrelated writers wait for each other.
 */
export async function lockKeys(tx: Db, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  }
}

import 'server-only';
import { eq } from 'drizzle-orm';
import type { DropoutReason } from '@/lib/reassignment/types';
import type { Db } from '../client';
import { slotDropouts, staff } from '../schema';

/**
 * Records that a PPL slot's person dropped out from `fromDate` and marks the roster person dropped out. False when
 * the slot's dropout is already recorded (the primary key decides between two coordinators at once: the second
 * waits for the first and then finds its row).
 */
export async function recordDropout(db: Db, dropout: { slotId: number; planId: number; staffId: number | null; fromDate: string; reason: DropoutReason; note: string | null; recordedBy: string }): Promise<boolean> {
  const inserted = await db.insert(slotDropouts).values(dropout).onConflictDoNothing().returning({ slotId: slotDropouts.slotId });
  if (inserted.length === 0) return false;
  if (dropout.staffId !== null) await db.update(staff).set({ status: 'dropped_out' }).where(eq(staff.id, dropout.staffId));
  return true;
}

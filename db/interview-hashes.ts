import { createHash, createHmac } from 'node:crypto';
import type { InterviewRecordInput } from '@/lib/interviews/record-input';

/**
 * The key a family counts under: HMAC-SHA256 of its reference (a KK number is personal data, and a plain hash of a
 * 16-digit number with a known structure is reversed by trying them all), or `r:<id>` when the record names no
 * family, so that it counts as a family of its own.
 */
export function familyKeyOf({ familyRef, id, hashKey }: { familyRef?: string; id: string; hashKey: string }): string {
  return familyRef === undefined ? `r:${id}` : createHmac('sha256', hashKey).update(familyRef, 'utf8').digest('hex');
}

/**
 * A hash of what a record says, to tell a client's retry (same hash) from another record reusing the id (other
 * hash). It covers the family key, never the reference itself, so it reveals nothing the key does not.
 */
export function contentHashOf(record: Omit<InterviewRecordInput, 'familyRef'>, operationId: number, familyKey: string): string {
  const canonical = [operationId, record.id, record.slsCode, record.pplId, record.visitedOn, record.outcome, record.familySize ?? null, familyKey];
  return createHash('sha256').update(JSON.stringify(canonical), 'utf8').digest('hex');
}

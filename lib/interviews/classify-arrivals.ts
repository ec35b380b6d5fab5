import type { InterviewConflict } from './issues';

export interface Arrival {
  index: number;
  id: string;
  /** hash of the record's canonical content */
  contentHash: string;
}

export interface ClassifiedArrivals<T extends Arrival> {
  /** records to store, in arrival order */
  fresh: T[];
  /** indexes of records already stored (or earlier in the batch) with the same content: counted once */
  duplicates: number[];
  /** records whose id is already stored (or earlier in the batch) with other content: the first stays */
  conflicts: InterviewConflict[];
}

/**
 * Exactly once by id: a record whose id is stored, or came earlier in the batch, is a duplicate when its content is
 * the same and a conflict when it is not; the first of each id is fresh. `stored` maps stored ids to content hashes.
 */
export function classifyArrivals<T extends Arrival>({ arrivals, stored }: { arrivals: readonly T[]; stored: ReadonlyMap<string, string> }): ClassifiedArrivals<T> {
  const seen = new Map(stored);
  const result: ClassifiedArrivals<T> = { fresh: [], duplicates: [], conflicts: [] };
  for (const arrival of arrivals) {
    const first = seen.get(arrival.id);
    if (first === undefined) {
      seen.set(arrival.id, arrival.contentHash);
      result.fresh.push(arrival);
    } else if (first === arrival.contentHash) result.duplicates.push(arrival.index);
    else result.conflicts.push({ index: arrival.index, id: arrival.id, code: 'id_conflict' });
  }
  return result;
}

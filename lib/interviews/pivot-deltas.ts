import type { InterviewOutcome } from './outcomes';

/** Net change of the five outcome counters of one roll-up row. */
export type OutcomeCounts = Record<InterviewOutcome, number>;

const zero = (): OutcomeCounts => ({ completed: 0, refused: 0, not_home: 0, moved: 0, not_found: 0 });

/**
 * Sums outcome deltas into one row per (key, day) with the five counters, dropping rows that net to zero, sorted by
 * key then day: rows are upserted in this order, so two writers lock roll-up rows in the same order.
 */
export function pivotDeltas<K extends string | number>(deltas: readonly { key: K; visitDate: string; outcome: InterviewOutcome; count: number }[]): { key: K; visitDate: string; counts: OutcomeCounts }[] {
  const rows = new Map<string, { key: K; visitDate: string; counts: OutcomeCounts }>();
  for (const d of deltas) {
    const id = `${d.key}|${d.visitDate}`;
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { key: d.key, visitDate: d.visitDate, counts: zero() }));
    row.counts[d.outcome] += d.count;
  }
  const compare = (a: K, b: K) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0);
  return [...rows.values()]
    .filter((r) => Object.values(r.counts).some((n) => n !== 0))
    .sort((a, b) => compare(a.key, b.key) || (a.visitDate < b.visitDate ? -1 : a.visitDate > b.visitDate ? 1 : 0));
}

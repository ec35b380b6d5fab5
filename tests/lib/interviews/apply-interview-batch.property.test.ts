import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyInterviewBatch, areaChainOf, familyIdOf, type ArrivedRecord, type FamilyLatest } from '@/lib/interviews/apply-interview-batch';
import { classifyArrivals } from '@/lib/interviews/classify-arrivals';
import { interviewOutcomes } from '@/lib/interviews/outcomes';

/**
 * A model of the store: batches go through classifyArrivals and applyInterviewBatch, the roll-ups take the deltas.
 * Whatever the batches (retries, repeats inside a batch, reused ids, reorderings, late old visits), the roll-ups
 * must equal a count made from scratch over the stored records.
 */
type Sent = Omit<ArrivedRecord, 'seq'>;
const slsCodes = ['64.71.01.1001.0001', '64.71.01.1001.0002', '64.71.02.1001.0001', '65.02.04.2003.0001'];

const sentRecord = fc.record({
  id: fc.constantFrom(...Array.from({ length: 30 }, (_, i) => `id${i}`)),
  slsCode: fc.constantFrom(...slsCodes),
  pplStaffId: fc.integer({ min: 1, max: 4 }),
  familyKey: fc.oneof(fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5'), fc.constant('own')),
  visitDate: fc.constantFrom('2022-10-15', '2022-10-16', '2022-10-17', '2022-10-18'),
  outcome: fc.constantFrom(...interviewOutcomes),
});
// Retries: a batch may be sent again whole. Concurrency: batches take their arrival numbers (seq) in sending order
// but may commit in another order, so a record can meet a stored one with a higher seq.
const batches = fc.array(fc.array(sentRecord, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 8 }).chain((list) =>
  fc.array(fc.nat({ max: list.length - 1 }), { maxLength: 4 }).chain((again) => {
    const sent = [...list, ...again.map((i) => list[i]!)].map((records, order) => ({ records, firstSeq: order * 100 }));
    return fc.shuffledSubarray(sent, { minLength: sent.length });
  }),
);

const hashOf = (r: Sent) => JSON.stringify([r.slsCode, r.pplStaffId, r.familyKey, r.visitDate, r.outcome]);
const keyOf = (r: Sent) => (r.familyKey === 'own' ? `r:${r.id}` : r.familyKey);

function bump(into: Map<string, number>, key: string, n: number) {
  const next = (into.get(key) ?? 0) + n;
  if (next === 0) into.delete(key);
  else into.set(key, next);
}

function recount(stored: ArrivedRecord[]) {
  const latest = new Map<string, ArrivedRecord>();
  for (const r of stored) {
    const family = `${r.slsCode.slice(0, 5)}|${r.familyKey}`;
    const cur = latest.get(family);
    if (!cur || r.visitDate > cur.visitDate || (r.visitDate === cur.visitDate && r.seq > cur.seq)) latest.set(family, r);
  }
  const areas = new Map<string, number>();
  const ppl = new Map<string, number>();
  for (const r of latest.values()) {
    for (const a of areaChainOf(r.slsCode)) bump(areas, `${a}|${r.visitDate}|${r.outcome}`, 1);
    bump(ppl, `${r.pplStaffId}|${r.visitDate}|${r.outcome}`, 1);
  }
  return { areas, ppl };
}

describe('applyInterviewBatch over any sequence of batches', () => {
  it('keeps the roll-ups equal to a recount from the stored records', () => {
    fc.assert(
      fc.property(batches, (sentBatches) => {
        const storedHash = new Map<string, string>();
        const stored: ArrivedRecord[] = [];
        const latest = new Map<string, FamilyLatest>();
        const areas = new Map<string, number>();
        const ppl = new Map<string, number>();
        for (const batch of sentBatches) {
          const arrivals = batch.records.map((r, index) => ({ ...r, familyKey: keyOf(r), index, contentHash: hashOf(r) }));
          const { fresh } = classifyArrivals({ arrivals, stored: storedHash });
          const records: ArrivedRecord[] = fresh.map(({ index, contentHash, ...r }) => {
            storedHash.set(r.id, contentHash);
            return { ...r, seq: batch.firstSeq + index };
          });
          stored.push(...records);
          const effect = applyInterviewBatch({ latestByFamily: latest, records });
          for (const l of effect.latest) latest.set(familyIdOf(l), l);
          for (const d of effect.areaDeltas) bump(areas, `${d.areaCode}|${d.visitDate}|${d.outcome}`, d.count);
          for (const d of effect.pplDeltas) bump(ppl, `${d.pplStaffId}|${d.visitDate}|${d.outcome}`, d.count);
        }
        const expected = recount(stored);
        expect(areas).toEqual(expected.areas);
        expect(ppl).toEqual(expected.ppl);
        // every family counts exactly once in the country
        const families = new Set(stored.map((r) => `${r.slsCode.slice(0, 5)}|${r.familyKey}`)).size;
        expect([...areas].filter(([k]) => k.startsWith('ID|')).reduce((s, [, n]) => s + n, 0)).toBe(families);
      }),
      { numRuns: 300 },
    );
  });
});

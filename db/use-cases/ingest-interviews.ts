import 'server-only';
import { applyInterviewBatch, areaChainOf, familyIdOf, type AreaDelta, type ArrivedRecord, type FamilyLatest, type PplDelta } from '@/lib/interviews/apply-interview-batch';
import { classifyArrivals } from '@/lib/interviews/classify-arrivals';
import type { InterviewConflict, InterviewRejection } from '@/lib/interviews/issues';
import { readInterviewRecord } from '@/lib/interviews/read-record';
import { screenInterviewRecords, type IndexedRecord } from '@/lib/interviews/screen-records';
import type { Db } from '../client';
import { contentHashOf, familyKeyOf } from '../interview-hashes';
import { findInterviewsByKey, storeInterviews, updateFamilies, type InterviewRow } from '../queries/intake';
import { findBatchReferences } from '../queries/intake-references';

/** Who submits, into which operation, and what they may: the same for the API, the CSV import and the simulator. */
export interface IntakeContext {
  operation: { id: number; windowStart: string; windowEnd: string };
  /** the submitter's areas ('ID' = the whole country): records of SLS outside them are rejected */
  areaCodes: readonly string[];
  /** the user id stored with the records */
  submittedBy: string | null;
  /** the operation's today (operationToday) */
  today: string;
  /** SIGAP_FAMILY_HASH_KEY */
  familyHashKey: string;
}

/** Every record of a batch lands in exactly one of the four. */
export interface IntakeResult {
  accepted: number;
  duplicates: number;
  conflicts: InterviewConflict[];
  rejected: InterviewRejection[];
}

export interface Ingested {
  result: IntakeResult;
  areaDeltas: AreaDelta[];
  pplDeltas: PplDelta[];
}

type Hashed = IndexedRecord & { id: string; familyKey: string; contentHash: string };

/** A batch checked against the frame, the roster, the window and the stored ids, not yet written. */
export interface CheckedBatch {
  rejected: InterviewRejection[];
  fresh: Hashed[];
  duplicates: number;
  conflicts: InterviewConflict[];
  /** the staff ids the plan in force gives each SLS under one (several for a split SLS, none: nobody) */
  assigned: Map<string, number[]>;
}

/**
 * Reads and checks a batch: shape, then the frame, the roster, the stored ids and the plans in force (one
 * statement). Run it before the transaction on the pool, or inside one (an import, whose later chunks must see its
 * earlier ones). Records are numbered from `firstIndex`.
 */
export async function checkInterviews(db: Db, ctx: IntakeContext, records: readonly unknown[], firstIndex = 0): Promise<CheckedBatch> {
  const rejected: InterviewRejection[] = [];
  const wellFormed: IndexedRecord[] = [];
  records.forEach((raw, i) => {
    const read = readInterviewRecord(raw, firstIndex + i);
    if (read.ok) wellFormed.push({ index: firstIndex + i, record: read.record });
    else rejected.push(read.rejection);
  });
  const operationId = ctx.operation.id;
  const { knownSls, staffRoles, stored, assigned } = await findBatchReferences(db, operationId, {
    slsCodes: [...new Set(wellFormed.map((r) => r.record.slsCode))],
    staffIds: [...new Set(wellFormed.map((r) => r.record.pplId))],
    ids: wellFormed.map((r) => r.record.id),
  });
  const screened = screenInterviewRecords({ records: wellFormed, areaCodes: ctx.areaCodes, knownSls, staffRoles, windowStart: ctx.operation.windowStart, windowEnd: ctx.operation.windowEnd, today: ctx.today });
  rejected.push(...screened.rejected);
  const arrivals: Hashed[] = screened.passed.map(({ index, record }) => {
    const familyKey = familyKeyOf({ familyRef: record.familyRef, id: record.id, hashKey: ctx.familyHashKey });
    return { index, record, id: record.id, familyKey, contentHash: contentHashOf(record, operationId, familyKey) };
  });
  const classified = classifyArrivals({ arrivals, stored });
  return { rejected: rejected.sort((a, b) => a.index - b.index), fresh: classified.fresh, duplicates: classified.duplicates.length, conflicts: classified.conflicts, assigned };
}

/**
 * Writes a checked batch inside the caller's transaction and says what it does to the roll-ups (the caller adds
 * them: once per batch, or once per file for an import).
 */
export async function writeInterviews(tx: Db, ctx: IntakeContext, checked: CheckedBatch): Promise<Ingested> {
  const stored = await storeFresh(tx, ctx, checked);
  const effect = await advanceFamilies(tx, ctx.operation.id, stored.records, stored.previous);
  return {
    result: { accepted: stored.records.length, duplicates: checked.duplicates + stored.duplicates, conflicts: [...checked.conflicts, ...stored.conflicts], rejected: checked.rejected },
    areaDeltas: effect.areaDeltas,
    pplDeltas: effect.pplDeltas,
  };
}

/**
 * Inserts the fresh records and takes their families; records stored meanwhile (a concurrent batch, or an earlier
 * chunk) become duplicates or conflicts.
 */
async function storeFresh(tx: Db, ctx: IntakeContext, { fresh, assigned }: CheckedBatch) {
  const operationId = ctx.operation.id;
  const rows: InterviewRow[] = fresh.map((f) => {
    const sls = f.record.slsCode;
    const [, , regencyCode, districtCode, villageCode] = areaChainOf(sls);
    return {
      id: f.id,
      regencyCode: regencyCode!,
      districtCode: districtCode!,
      villageCode: villageCode!,
      slsCode: sls,
      pplStaffId: f.record.pplId,
      visitDate: f.record.visitedOn,
      outcome: f.record.outcome,
      familySize: f.record.familySize ?? null,
      familyKey: f.familyKey,
      contentHash: f.contentHash,
      // A real interview is never lost: one outside the plan in force is kept, credited and flagged. A split SLS
      // has several PPL, any of whom works inside it.
      outsideAssignment: assigned.has(sls) && !assigned.get(sls)!.includes(f.record.pplId),
    };
  });
  const { seqOf, previous } = await storeInterviews(tx, operationId, ctx.submittedBy, rows);
  const raced = rows.filter((r) => !seqOf.has(r.id));
  const winners = await findInterviewsByKey(tx, raced);
  const indexOf = new Map(fresh.map((f) => [f.id, f.index]));
  let duplicates = 0;
  const conflicts: InterviewConflict[] = [];
  for (const r of raced) {
    const winner = winners.get(r.id);
    if (winner && winner.operationId === operationId && winner.contentHash === r.contentHash) duplicates++;
    else conflicts.push({ index: indexOf.get(r.id)!, id: r.id, code: 'id_conflict' });
  }
  const records: ArrivedRecord[] = [];
  for (const r of rows) {
    const seq = seqOf.get(r.id);
    if (seq !== undefined) records.push({ id: r.id, slsCode: r.slsCode, pplStaffId: r.pplStaffId, familyKey: r.familyKey, visitDate: r.visitDate, outcome: r.outcome, seq });
  }
  return { records, previous, duplicates, conflicts };
}

/**
 * Moves each family the batch touches to its latest record. storeInterviews inserted the families new to this batch
 * with their latest record and locked the others, returning their latest before it (`previous`); those that
 * changed are updated here. Returns the roll-up deltas.
 */
async function advanceFamilies(tx: Db, operationId: number, records: readonly ArrivedRecord[], previous: readonly FamilyLatest[]) {
  const latestByFamily = new Map(previous.map((f) => [familyIdOf(f), f]));
  const effect = applyInterviewBatch({ latestByFamily, records });
  await updateFamilies(tx, operationId, effect.latest.filter((l) => latestByFamily.has(familyIdOf(l))));
  return effect;
}

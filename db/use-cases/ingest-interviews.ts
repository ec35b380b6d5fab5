import 'server-only';
import { ancestorCode } from '@/lib/areas/codes';
import { applyInterviewBatch, familyIdOf, type AreaDelta, type ArrivedRecord, type PplDelta } from '@/lib/interviews/apply-interview-batch';
import { classifyArrivals } from '@/lib/interviews/classify-arrivals';
import type { InterviewConflict, InterviewRejection } from '@/lib/interviews/issues';
import { readInterviewRecord } from '@/lib/interviews/read-record';
import { screenInterviewRecords, type IndexedRecord } from '@/lib/interviews/screen-records';
import type { Db } from '../client';
import { contentHashOf, familyKeyOf } from '../interview-hashes';
import {
  allocateSeqs,
  findAssignedPpl,
  findFrameSls,
  findInterviewsByKey,
  findStaffRoles,
  findStoredInterviews,
  insertInterviews,
  lockFamilies,
  readFamilies,
  updateFamilies,
  type InterviewRow,
} from '../queries/intake';

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

/**
 * Checks and stores one batch inside the caller's transaction, and says what it does to the roll-ups (the caller
 * adds them: once per batch, or once per file for an import). Records are numbered from `firstIndex`.
 */
export async function ingestInterviews(tx: Db, ctx: IntakeContext, records: readonly unknown[], firstIndex = 0): Promise<Ingested> {
  const rejected: InterviewRejection[] = [];
  const wellFormed: IndexedRecord[] = [];
  records.forEach((raw, i) => {
    const read = readInterviewRecord(raw, firstIndex + i);
    if (read.ok) wellFormed.push({ index: firstIndex + i, record: read.record });
    else rejected.push(read.rejection);
  });
  const operationId = ctx.operation.id;
  const knownSls = await findFrameSls(tx, operationId, [...new Set(wellFormed.map((r) => r.record.slsCode))]);
  const staffRoles = await findStaffRoles(tx, operationId, [...new Set(wellFormed.map((r) => r.record.pplId))]);
  const screened = screenInterviewRecords({ records: wellFormed, areaCodes: ctx.areaCodes, knownSls, staffRoles, windowStart: ctx.operation.windowStart, windowEnd: ctx.operation.windowEnd, today: ctx.today });
  rejected.push(...screened.rejected);

  const arrivals: Hashed[] = screened.passed.map((item) => {
    const { familyRef, ...record } = item.record;
    const familyKey = familyKeyOf({ familyRef, id: record.id, hashKey: ctx.familyHashKey });
    return { ...item, id: record.id, familyKey, contentHash: contentHashOf(record, operationId, familyKey) };
  });
  const stored = await findStoredInterviews(tx, operationId, arrivals.map((a) => a.id));
  const classified = classifyArrivals({ arrivals, stored });
  const stored2 = await storeFresh(tx, ctx, classified.fresh);
  const duplicates = classified.duplicates.length + stored2.duplicates;
  const conflicts = [...classified.conflicts, ...stored2.conflicts];

  const effect = await advanceFamilies(tx, operationId, stored2.records);
  return {
    result: { accepted: stored2.records.length, duplicates, conflicts, rejected: rejected.sort((a, b) => a.index - b.index) },
    areaDeltas: effect.areaDeltas,
    pplDeltas: effect.pplDeltas,
  };
}

/** Inserts the fresh records; those a concurrent batch stored first become duplicates or conflicts after all. */
async function storeFresh(tx: Db, ctx: IntakeContext, fresh: readonly Hashed[]) {
  const operationId = ctx.operation.id;
  const assigned = await findAssignedPpl(tx, operationId, [...new Set(fresh.map((f) => f.record.slsCode))]);
  const seqs = await allocateSeqs(tx, fresh.length);
  const rows: InterviewRow[] = fresh.map((f, i) => {
    const sls = f.record.slsCode;
    return {
      id: f.id,
      regencyCode: ancestorCode(sls, 'kabupaten'),
      districtCode: ancestorCode(sls, 'kecamatan'),
      villageCode: ancestorCode(sls, 'desa'),
      slsCode: sls,
      pplStaffId: f.record.pplId,
      visitDate: f.record.visitedOn,
      outcome: f.record.outcome,
      familySize: f.record.familySize ?? null,
      familyKey: f.familyKey,
      contentHash: f.contentHash,
      // A real interview is never lost: one outside the plan in force is kept, credited and flagged.
      outsideAssignment: assigned.has(sls) && assigned.get(sls) !== f.record.pplId,
      seq: seqs[i]!,
    };
  });
  const inserted = await insertInterviews(tx, operationId, ctx.submittedBy, rows);
  const raced = rows.filter((r) => !inserted.has(r.id));
  const winners = await findInterviewsByKey(tx, raced);
  const indexOf = new Map(fresh.map((f) => [f.id, f.index]));
  let duplicates = 0;
  const conflicts: InterviewConflict[] = [];
  raced.forEach((r) => {
    const winner = winners.get(r.id);
    const index = indexOf.get(r.id)!;
    if (winner && winner.operationId === operationId && winner.contentHash === r.contentHash) duplicates++;
    else conflicts.push({ index, id: r.id, code: 'id_conflict' });
  });
  const records: ArrivedRecord[] = rows.filter((r) => inserted.has(r.id)).map((r) => ({ id: r.id, slsCode: r.slsCode, pplStaffId: r.pplStaffId, familyKey: r.familyKey, visitDate: r.visitDate, outcome: r.outcome, seq: r.seq }));
  return { records, duplicates, conflicts };
}

/** Moves each touched family to its latest record, under row locks taken in key order; returns the roll-up deltas. */
async function advanceFamilies(tx: Db, operationId: number, records: readonly ArrivedRecord[]) {
  const candidates = applyInterviewBatch({ latestByFamily: new Map(), records }).latest;
  const created = await lockFamilies(tx, operationId, candidates);
  const existing = await readFamilies(tx, operationId, candidates.filter((c) => !created.has(familyIdOf(c))));
  const latestByFamily = new Map(existing.map((f) => [familyIdOf(f), f]));
  const effect = applyInterviewBatch({ latestByFamily, records });
  await updateFamilies(tx, operationId, effect.latest.filter((l) => latestByFamily.has(familyIdOf(l))));
  return effect;
}

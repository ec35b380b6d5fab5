import 'server-only';
import { sql } from 'drizzle-orm';
import type { FamilyLatest } from '@/lib/interviews/apply-interview-batch';
import type { InterviewOutcome } from '@/lib/interviews/outcomes';
import type { OutcomeCounts } from '@/lib/interviews/pivot-deltas';
import type { Db } from '../client';
import { jsonOf, rowsOf } from '../rows';

// Every statement here takes its rows as one JSON parameter (json_to_recordset): one round trip and one parameter
// whatever the batch size, alike on postgres.js and PGlite.
const json = (rows: unknown) => sql`${JSON.stringify(rows)}::json`;

export interface InterviewRow {
  id: string;
  regencyCode: string;
  districtCode: string;
  villageCode: string;
  slsCode: string;
  pplStaffId: number;
  visitDate: string;
  outcome: InterviewOutcome;
  familySize: number | null;
  familyKey: string;
  contentHash: string;
  outsideAssignment: boolean;
}

/** What storing a batch did: the records it inserted and the families they touch that were stored before. */
export interface StoredBatch {
  /** the arrival number (seq) of each id inserted; an id a concurrent batch stored first is absent */
  seqOf: Map<string, number>;
  /** those families' latest records before this batch, row-locked until the commit */
  previous: FamilyLatest[];
}

/**
 * Stores a batch's records and takes the families they touch, in one statement. Records go in in (regency, id)
 * order, so two batches holding the same ids wait for each other instead of deadlocking; a record whose key a
 * concurrent batch stored first is skipped. Arrival numbers (seq) are drawn in the batch's order before that sort
 * (PostgreSQL evaluates a volatile output after its query's ORDER BY), from the sequence looked up once (a subquery)
 * and not per row: pg_get_serial_sequence per row was a third of the statement's time. Then each family the inserted records touch
 * is taken in key order: a family not stored yet is inserted with its latest record of the batch (by visit date,
 * then seq); one already stored is locked by a no-op update, whose RETURNING gives its latest committed record
 * (ON CONFLICT DO UPDATE waits for a concurrent batch holding it and then reads what that batch wrote). A concurrent
 * batch touching the same family waits until this one commits. Row locks, not advisory locks: these live in the
 * tuples, while each advisory lock takes a slot of the server's shared lock table (max_locks_per_transaction x
 * max_connections, 6,400 by default), which four batches of 5,000 families already exhaust ("out of shared memory").
 */
export async function storeInterviews(db: Db, operationId: number, submittedBy: string | null, rows: readonly InterviewRow[]): Promise<StoredBatch> {
  if (rows.length === 0) return { seqOf: new Map(), previous: [] };
  const [row] = rowsOf<{ inserted: unknown; previous: unknown }>(await db.execute(sql`
    with ins as (
      insert into interviews (id, operation_id, regency_code, district_code, village_code, sls_code, ppl_staff_id, visit_date, outcome,
                              family_size, family_key, content_hash, outside_assignment, submitted_by, seq)
      select r."id", ${operationId}, r."regencyCode", r."districtCode", r."villageCode", r."slsCode", r."pplStaffId", r."visitDate",
             r."outcome"::interview_outcome, r."familySize", r."familyKey", r."contentHash", r."outsideAssignment", ${submittedBy}, r.seq
        from (select r.*, nextval((select pg_get_serial_sequence('interviews', 'seq'))::regclass) as seq
                from json_to_recordset(${json(rows.map((row, arrival) => ({ ...row, arrival })))}) as r("id" uuid, "regencyCode" text, "districtCode" text, "villageCode" text,
                     "slsCode" text, "pplStaffId" int, "visitDate" date, "outcome" text, "familySize" smallint, "familyKey" text,
                     "contentHash" text, "outsideAssignment" boolean, arrival bigint)
               order by r.arrival) r
       order by r."regencyCode", r."id"
      on conflict do nothing
      returning id, regency_code, family_key, sls_code, ppl_staff_id, visit_date, outcome, seq
    ), fam as (
      insert into interview_families (operation_id, regency_code, family_key, interview_id, sls_code, ppl_staff_id, visit_date, outcome, seq)
      select distinct on (i.regency_code, i.family_key) ${operationId}, i.regency_code, i.family_key, i.id, i.sls_code, i.ppl_staff_id, i.visit_date, i.outcome, i.seq
        from ins i
       order by i.regency_code, i.family_key, i.visit_date desc, i.seq desc
      on conflict (operation_id, regency_code, family_key) do update set seq = interview_families.seq
      returning regency_code, family_key, interview_id, sls_code, ppl_staff_id, visit_date, outcome, seq
    )
    select (select coalesce(json_agg(json_build_array(id, seq)), '[]') from ins) as inserted,
           (select coalesce(json_agg(json_build_array(regency_code, family_key, interview_id, sls_code, ppl_staff_id, visit_date, outcome, seq)), '[]')
              from fam where interview_id not in (select id from ins)) as previous`));
  type Previous = [string, string, string, string, number, string, InterviewOutcome, number];
  return {
    seqOf: new Map(jsonOf<[string, number][]>(row!.inserted).map(([id, seq]) => [id, Number(seq)])),
    previous: jsonOf<Previous[]>(row!.previous).map(([regencyCode, familyKey, interviewId, slsCode, pplStaffId, visitDate, outcome, seq]) => ({
      regencyCode, familyKey, interviewId, slsCode, pplStaffId: Number(pplStaffId), visitDate, outcome, seq: Number(seq),
    })),
  };
}

/** Stored (operation, content hash) of records by their key, for records a concurrent batch stored first. */
export async function findInterviewsByKey(db: Db, keys: readonly { regencyCode: string; id: string }[]): Promise<Map<string, { operationId: number; contentHash: string }>> {
  if (keys.length === 0) return new Map();
  const rows = rowsOf<{ id: string; operation_id: number; content_hash: string }>(await db.execute(sql`
    select i.id, i.operation_id, i.content_hash from interviews i
      join json_to_recordset(${json(keys)}) as k("regencyCode" text, "id" uuid) on i.regency_code = k."regencyCode" and i.id = k."id"`));
  return new Map(rows.map((r) => [r.id, { operationId: Number(r.operation_id), contentHash: r.content_hash }]));
}

const familyRecordset = (rows: readonly FamilyLatest[]) => sql`json_to_recordset(${json(rows)}) as r("regencyCode" text, "familyKey" text,
  "interviewId" uuid, "slsCode" text, "pplStaffId" int, "visitDate" date, "outcome" text, "seq" bigint)`;

/** Points stored families at their new latest record. */
export async function updateFamilies(db: Db, operationId: number, latest: readonly FamilyLatest[]): Promise<void> {
  if (latest.length === 0) return;
  await db.execute(sql`
    update interview_families f
       set interview_id = r."interviewId", sls_code = r."slsCode", ppl_staff_id = r."pplStaffId", visit_date = r."visitDate",
           outcome = r."outcome"::interview_outcome, seq = r."seq"
      from ${familyRecordset(latest)}
     where f.operation_id = ${operationId} and f.regency_code = r."regencyCode" and f.family_key = r."familyKey"`);
}

type CountRow<K> = { key: K; visitDate: string; counts: OutcomeCounts };
const countRows = <K>(rows: readonly CountRow<K>[]) =>
  rows.map(({ key, visitDate, counts }) => ({ key, visitDate, completed: counts.completed, refused: counts.refused, notHome: counts.not_home, moved: counts.moved, notFound: counts.not_found }));
const sumCounters = (table: string) =>
  sql.raw(`completed = ${table}.completed + excluded.completed, refused = ${table}.refused + excluded.refused, not_home = ${table}.not_home + excluded.not_home,
           moved = ${table}.moved + excluded.moved, not_found = ${table}.not_found + excluded.not_found`);

/**
 * Adds deltas to both roll-ups in one statement: the per-PPL rows first, in (PPL, day) order (two offices rarely
 * share a PPL), then the area rows in a fixed order from the SLS up to the country, so the rows every batch touches
 * (the country's and the provinces' days) are locked last and held only until the commit right after. Every writer
 * locks them in the same order.
 */
export async function addCounts(db: Db, operationId: number, { ppl, areas }: { ppl: readonly CountRow<number>[]; areas: readonly CountRow<string>[] }): Promise<void> {
  if (ppl.length + areas.length === 0) return;
  await db.execute(sql`
    with ppl as (
      insert into coverage_ppl_daily (operation_id, ppl_staff_id, visit_date, completed, refused, not_home, moved, not_found)
      select ${operationId}, r."key", r."visitDate", r."completed", r."refused", r."notHome", r."moved", r."notFound"
        from json_to_recordset(${json(countRows(ppl))}) as r("key" int, "visitDate" date, "completed" int, "refused" int, "notHome" int, "moved" int, "notFound" int)
       order by r."key", r."visitDate"
      on conflict (operation_id, ppl_staff_id, visit_date) do update set ${sumCounters('coverage_ppl_daily')}
      returning 1
    ), areas as (
      insert into coverage_daily (operation_id, area_code, visit_date, completed, refused, not_home, moved, not_found)
      select ${operationId}, r."key", r."visitDate", r."completed", r."refused", r."notHome", r."moved", r."notFound"
        from json_to_recordset(${json(countRows(areas))}) as r("key" text, "visitDate" date, "completed" int, "refused" int, "notHome" int, "moved" int, "notFound" int)
       where (select count(*) from ppl) >= 0
       order by length(r."key") desc, r."key", r."visitDate"
      on conflict (operation_id, area_code, visit_date) do update set ${sumCounters('coverage_daily')}
      returning 1
    )
    select (select count(*) from areas) as written`);
}

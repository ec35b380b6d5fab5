import 'server-only';
import { sql } from 'drizzle-orm';
import type { FamilyLatest } from '@/lib/interviews/apply-interview-batch';
import type { InterviewOutcome } from '@/lib/interviews/outcomes';
import type { OutcomeCounts } from '@/lib/interviews/pivot-deltas';
import type { Db } from '../client';
import { rowsOf } from '../rows';

// Every statement here takes its rows as one JSON parameter (json_to_recordset): one round trip and one parameter
// whatever the batch size, alike on postgres.js and PGlite.
const json = (rows: unknown) => sql`${JSON.stringify(rows)}::json`;

/** The SLS among `codes` that are in the operation's frame (its workloads). */
export async function findFrameSls(db: Db, operationId: number, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = rowsOf<{ sls_code: string }>(await db.execute(sql`
    select w.sls_code from workloads w
     where w.operation_id = ${operationId} and w.sls_code in (select value from json_array_elements_text(${json(codes)}))`));
  return new Set(rows.map((r) => r.sls_code));
}

/** The roster role of each staff id of the operation among `ids`. */
export async function findStaffRoles(db: Db, operationId: number, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<{ id: number; role: string }>(await db.execute(sql`
    select s.id, s.role from staff s
     where s.operation_id = ${operationId} and s.id in (select value::int from json_array_elements_text(${json(ids)}))`));
  return new Map(rows.map((r) => [Number(r.id), r.role]));
}

/**
 * For each of `slsCodes` under a plan in force (the adoption of the nearest area holding it), the staff ids of the
 * people holding the PPL slots that plan gives it: several when a coordinator split the SLS, none when the plan
 * leaves it to nobody or its slot is not yet filled. SLS under no plan in force are absent.
 */
export async function findAssignedPpl(db: Db, operationId: number, slsCodes: readonly string[]): Promise<Map<string, number[]>> {
  if (slsCodes.length === 0) return new Map();
  const rows = rowsOf<{ sls_code: string; staff_id: number | null }>(await db.execute(sql`
    select s.code as sls_code, ps.staff_id
      from json_array_elements_text(${json(slsCodes)}) as s(code)
      join lateral (
        select pa.plan_id from plan_adoptions pa
         where pa.operation_id = ${operationId} and (pa.area_code = 'ID' or s.code like pa.area_code || '.%')
         order by length(pa.area_code) desc limit 1
      ) adopted on true
      left join assignments a on a.plan_id = adopted.plan_id and a.sls_code = s.code
      left join plan_slots ps on ps.id = a.slot_id`));
  const assigned = new Map<string, number[]>();
  for (const r of rows) {
    const holders = assigned.get(r.sls_code) ?? [];
    if (r.staff_id !== null) holders.push(Number(r.staff_id));
    assigned.set(r.sls_code, holders);
  }
  return assigned;
}

/** Content hashes of the operation's stored records among `ids`. */
export async function findStoredInterviews(db: Db, operationId: number, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = rowsOf<{ id: string; content_hash: string }>(await db.execute(sql`
    select i.id, i.content_hash from interviews i
     where i.operation_id = ${operationId} and i.id in (select value::uuid from json_array_elements_text(${json(ids)}))`));
  return new Map(rows.map((r) => [r.id, r.content_hash]));
}

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

/**
 * Inserts records in (regency, id) order, so that two batches holding the same ids wait for each other instead of
 * deadlocking; a record whose key a concurrent batch stored first is skipped. Arrival numbers (seq) are drawn in
 * the batch's order before that sort (PostgreSQL evaluates a volatile output after its query's ORDER BY). Returns
 * the seq of each id inserted.
 */
export async function insertInterviews(db: Db, operationId: number, submittedBy: string | null, rows: readonly InterviewRow[]): Promise<Map<string, number>> {
  if (rows.length === 0) return new Map();
  const inserted = rowsOf<{ id: string; seq: string | number }>(await db.execute(sql`
    insert into interviews (id, operation_id, regency_code, district_code, village_code, sls_code, ppl_staff_id, visit_date, outcome,
                            family_size, family_key, content_hash, outside_assignment, submitted_by, seq)
    select r."id", ${operationId}, r."regencyCode", r."districtCode", r."villageCode", r."slsCode", r."pplStaffId", r."visitDate",
           r."outcome"::interview_outcome, r."familySize", r."familyKey", r."contentHash", r."outsideAssignment", ${submittedBy}, r.seq
      from (select r.*, nextval(pg_get_serial_sequence('interviews', 'seq')) as seq
              from json_to_recordset(${json(rows.map((row, arrival) => ({ ...row, arrival })))}) as r("id" uuid, "regencyCode" text, "districtCode" text, "villageCode" text,
                   "slsCode" text, "pplStaffId" int, "visitDate" date, "outcome" text, "familySize" smallint, "familyKey" text,
                   "contentHash" text, "outsideAssignment" boolean, arrival bigint)
             order by r.arrival) r
     order by r."regencyCode", r."id"
    on conflict do nothing
    returning id, seq`));
  return new Map(inserted.map((r) => [r.id, Number(r.seq)]));
}

/** Stored (operation, content hash) of records by their key, for records a concurrent batch stored first. */
export async function findInterviewsByKey(db: Db, keys: readonly { regencyCode: string; id: string }[]): Promise<Map<string, { operationId: number; contentHash: string }>> {
  if (keys.length === 0) return new Map();
  const rows = rowsOf<{ id: string; operation_id: number; content_hash: string }>(await db.execute(sql`
    select i.id, i.operation_id, i.content_hash from interviews i
      join json_to_recordset(${json(keys)}) as k("regencyCode" text, "id" uuid) on i.regency_code = k."regencyCode" and i.id = k."id"`));
  return new Map(rows.map((r) => [r.id, { operationId: Number(r.operation_id), contentHash: r.content_hash }]));
}

const familyColumns = sql`operation_id, regency_code, family_key, interview_id, sls_code, ppl_staff_id, visit_date, outcome, seq`;
const familyRecordset = (rows: readonly FamilyLatest[]) => sql`json_to_recordset(${json(rows)}) as r("regencyCode" text, "familyKey" text,
  "interviewId" uuid, "slsCode" text, "pplStaffId" int, "visitDate" date, "outcome" text, "seq" bigint)`;

/**
 * Takes the families a batch touches, in key order, by row locks: a family not yet stored is inserted with the
 * batch's candidate latest record, one already stored is locked unchanged (ON CONFLICT DO UPDATE locks the row even
 * when its WHERE is false). A concurrent batch touching one of them waits until this one commits, and then reads
 * what it wrote. Returns the families inserted. Row locks, not advisory locks: these live in the tuples, while each
 * advisory lock takes a slot of the server's shared lock table (max_locks_per_transaction x max_connections, 6,400
 * by default), which four batches of 5,000 families already exhaust ("out of shared memory").
 */
export async function lockFamilies(db: Db, operationId: number, candidates: readonly FamilyLatest[]): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const inserted = rowsOf<{ regency_code: string; family_key: string }>(await db.execute(sql`
    insert into interview_families (${familyColumns})
    select ${operationId}, r."regencyCode", r."familyKey", r."interviewId", r."slsCode", r."pplStaffId", r."visitDate", r."outcome"::interview_outcome, r."seq"
      from ${familyRecordset(candidates)}
     order by r."regencyCode", r."familyKey"
    on conflict (operation_id, regency_code, family_key) do update set seq = interview_families.seq where false
    returning regency_code, family_key`));
  return new Set(inserted.map((r) => `${r.regency_code}|${r.family_key}`));
}

/** The stored latest record of the given families (call after lockFamilies, which makes it stable). */
export async function readFamilies(db: Db, operationId: number, keys: readonly { regencyCode: string; familyKey: string }[]): Promise<FamilyLatest[]> {
  if (keys.length === 0) return [];
  const rows = rowsOf<{ regency_code: string; family_key: string; interview_id: string; sls_code: string; ppl_staff_id: number; visit_date: string | Date; outcome: InterviewOutcome; seq: string | number }>(
    await db.execute(sql`
      select f.regency_code, f.family_key, f.interview_id, f.sls_code, f.ppl_staff_id, f.visit_date::text as visit_date, f.outcome, f.seq
        from interview_families f
        join json_to_recordset(${json(keys)}) as k("regencyCode" text, "familyKey" text)
          on f.operation_id = ${operationId} and f.regency_code = k."regencyCode" and f.family_key = k."familyKey"`),
  );
  return rows.map((r) => ({
    regencyCode: r.regency_code,
    familyKey: r.family_key,
    interviewId: r.interview_id,
    slsCode: r.sls_code,
    pplStaffId: Number(r.ppl_staff_id),
    visitDate: String(r.visit_date),
    outcome: r.outcome,
    seq: Number(r.seq),
  }));
}

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
const addCounts = (table: string) =>
  sql.raw(`completed = ${table}.completed + excluded.completed, refused = ${table}.refused + excluded.refused, not_home = ${table}.not_home + excluded.not_home,
           moved = ${table}.moved + excluded.moved, not_found = ${table}.not_found + excluded.not_found`);

/**
 * Adds deltas to the area roll-up in one statement. Rows go in a fixed order (every writer locks them the same way)
 * from the SLS up to the country, so the rows every batch touches (the country's and the provinces' days) are
 * locked last and held only until the commit right after.
 */
export async function addAreaCounts(db: Db, operationId: number, rows: readonly CountRow<string>[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into coverage_daily (operation_id, area_code, visit_date, completed, refused, not_home, moved, not_found)
    select ${operationId}, r."key", r."visitDate", r."completed", r."refused", r."notHome", r."moved", r."notFound"
      from json_to_recordset(${json(countRows(rows))}) as r("key" text, "visitDate" date, "completed" int, "refused" int, "notHome" int, "moved" int, "notFound" int)
     order by length(r."key") desc, r."key", r."visitDate"
    on conflict (operation_id, area_code, visit_date) do update set ${addCounts('coverage_daily')}`);
}

/** Adds deltas to the per-PPL roll-up, one statement, rows in (PPL, day) order. */
export async function addPplCounts(db: Db, operationId: number, rows: readonly CountRow<number>[]): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    insert into coverage_ppl_daily (operation_id, ppl_staff_id, visit_date, completed, refused, not_home, moved, not_found)
    select ${operationId}, r."key", r."visitDate", r."completed", r."refused", r."notHome", r."moved", r."notFound"
      from json_to_recordset(${json(countRows(rows))}) as r("key" int, "visitDate" date, "completed" int, "refused" int, "notHome" int, "moved" int, "notFound" int)
     order by r."key", r."visitDate"
    on conflict (operation_id, ppl_staff_id, visit_date) do update set ${addCounts('coverage_ppl_daily')}`);
}

import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDatabase, type Db } from '@/db/client';
import { getActiveOperation } from '@/db/queries/operations';
import { rowsOf } from '@/db/rows';
import { insertWorkloads } from '@/db/insert-workloads';
import { refreshAreaTargets } from '@/db/refresh-area-targets';
import { operations } from '@/db/schema';
import { getAreaCoverage } from '@/db/use-cases/get-area-coverage';
import { ensurePlannedDaily } from '@/db/use-cases/roll-up-planned-days';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { nationalScope } from '@/lib/auth/scope';
import { defaultOperationParams } from '@/lib/operations/params';
import type { SlsWorkload } from '@/lib/workload/types';
import { readAreaFrame } from './area-frame';
import { loadAreaFrame } from './seed-database';

/** A row of the bench's table (seeds/cli/bench.ts prints them). */
export interface BenchRow {
  measure: string;
  value: string;
  target?: string;
  pass?: boolean;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const number = (n: number, digits = 0) => n.toLocaleString('id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const asOf = '2022-10-28';
const warmRuns = 20;
const naiveRuns = 3;
const targetMs = 50;

/**
 * Coverage with `records` interview records: a fresh database on the server of `serverUrl` with the whole frame and
 * `workloads`, records written in bulk SQL (generate_series per SLS, ~10 % revisits of a family, 14 days of fieldwork),
 * the latest record per family and the roll-ups built with one INSERT … SELECT per level (not timed); then GET
 * /api/coverage's work for the largest kabupaten and the country, warm, against the naive GROUP BY over interviews.
 * `reuse` names a database a previous run kept (`keep`): it is timed again without loading.
 */
export async function coverageSection({ serverUrl, workloads, records, keep, reuse }: { serverUrl: string; workloads: () => SlsWorkload[]; records: number; keep: boolean; reuse?: string }): Promise<BenchRow[]> {
  const name = reuse ?? `sigap_bench_${Date.now().toString(36)}`;
  const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 });
  if (!reuse) await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  const loader = postgres(url.toString(), { onnotice: () => {}, max: 1 });
  try {
    const loadStarted = performance.now();
    if (!reuse) await loadInterviews(loader, await loadFrameAndWorkloads(handle.db, workloads()), records);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    const operation = (await getActiveOperation(handle.db))!;
    const [stored] = await loader<[{ interviews: number; families: number; rollups: number; largest: string }]>`
      select (select count(*) from interviews)::int as interviews, (select count(*) from interview_families)::int as families,
             (select count(*) from coverage_daily)::int as rollups,
             (select area_code from area_targets where operation_id = ${operation.id} and length(area_code) = 5 order by families desc limit 1) as largest`;
    const rows: BenchRow[] = [
      { measure: 'catatan wawancara / keluarga terakhir', value: `${number(stored.interviews)} / ${number(stored.families)}` },
      { measure: 'baris rekap (coverage_daily)', value: number(stored.rollups) },
      { measure: 'memuat data (tidak diukur)', value: reuse ? `dipakai ulang: ${reuse}` : `${number(loadSeconds, 0)} s` },
    ];
    const areasTimed = [[`kabupaten terbesar ${stored.largest}`, stored.largest, 8], ['seluruh Indonesia', 'ID', 2]] as const;
    await loader`delete from plans where name = ${benchPlanName}`;
    for (const [label, areaCode, childLength] of areasTimed) rows.push(...(await timeArea(handle.db, { operation, label: `${label}, linear`, areaCode, childLength })));
    const slots = await adoptNationalPlan(loader, operation.id);
    rows.push({ measure: 'rencana nasional berlaku (tidak diukur)', value: `${number(slots)} PPL` });
    for (const [label, areaCode] of areasTimed) {
      const { ms: _, ...row } = await timeWarm(handle.db, { operation, label: `${label}, rencana berlaku, dari slot PPL`, areaCode });
      rows.push(row);
    }
    // What adoption through the app adds: the plan's planned_daily rows, then the same requests read them.
    const rollupStarted = performance.now();
    await ensurePlannedDaily(handle.db, { planId: await benchPlanId(loader), calendar: workingCalendar({ params: operation.params }) });
    rows.push({ measure: 'menulis planned_daily saat adopsi (sekali)', value: `${number(performance.now() - rollupStarted, 0)} ms` });
    for (const [label, areaCode] of areasTimed) {
      const { ms: _, ...row } = await timeWarm(handle.db, { operation, label: `${label}, rencana berlaku, planned_daily`, areaCode });
      rows.push(row);
    }
    return rows;
  } finally {
    await loader.end();
    await handle.close();
    if (!keep && !reuse) await admin.unsafe(`drop database if exists ${name} with (force)`);
    else console.log(`Basis data bench disimpan: ${name}`);
    await admin.end();
  }
}

async function loadFrameAndWorkloads(db: Db, workloads: SlsWorkload[]): Promise<number> {
  await loadAreaFrame(db, readAreaFrame());
  const [op] = await db
    .insert(operations)
    .values({ name: 'Bench', areaCode: 'ID', windowStart: defaultOperationParams.windowStart, windowEnd: defaultOperationParams.windowEnd, params: defaultOperationParams, clockDate: asOf })
    .returning({ id: operations.id });
  await insertWorkloads(db, op!.id, workloads);
  await refreshAreaTargets(db, op!.id);
  return op!.id;
}

const outcomeCounts = `count(*) filter (where outcome = 'completed'), count(*) filter (where outcome = 'refused'),
  count(*) filter (where outcome = 'not_home'), count(*) filter (where outcome = 'moved'), count(*) filter (where outcome = 'not_found')`;
const outcomeSums = 'sum(completed), sum(refused), sum(not_home), sum(moved), sum(not_found)';

/**
 * `records` interviews spread over the SLS in proportion to their families, per province; the latest per family;
 * coverage_daily at the SLS level from it, then each level above from the one below; coverage_ppl_daily.
 */
async function loadInterviews(sqlc: postgres.Sql, operationId: number, records: number): Promise<void> {
  await sqlc.unsafe(`set synchronous_commit = off; set work_mem = '512MB'; set maintenance_work_mem = '1GB'`);
  const [{ total }] = await sqlc<[{ total: number }]>`select sum(families)::float8 as total from workloads where operation_id = ${operationId}`;
  const ratio = records / total;
  const provinces = await sqlc<{ province_code: string }[]>`select distinct province_code from workloads where operation_id = ${operationId} order by 1`;
  for (const [i, { province_code }] of provinces.entries()) {
    // n records for an SLS of f families: f · ratio, its fraction rounded up or down by a hash of the SLS (so small
    // ratios still give records); record k is of family k mod m, m = 90 % of n (10 % revisits)
    await sqlc`
      insert into interviews (id, operation_id, regency_code, district_code, village_code, sls_code, ppl_staff_id, visit_date, outcome, family_size, family_key, content_hash, submitted_by)
      select gen_random_uuid(), ${operationId}, w.regency_code, w.district_code, w.village_code, w.sls_code,
             1 + (abs(hashtext(w.village_code)) % 400000),
             date '2022-10-15' + (h % 14),
             (case when h % 100 < 78 then 'completed' when h % 100 < 83 then 'refused' when h % 100 < 93 then 'not_home'
                   when h % 100 < 97 then 'moved' else 'not_found' end)::interview_outcome,
             1 + h % 6, md5(w.sls_code || ':' || (k % greatest(1, (n * 9) / 10))), md5(w.sls_code || '#' || k), 'bench'
        from (select *, floor(families * ${ratio}::float8 + (abs(hashtext(sls_code)) % 1000) / 1000.0)::int as n from workloads where operation_id = ${operationId} and province_code = ${province_code}) w
        cross join lateral generate_series(1, w.n) as k
        cross join lateral (select abs(hashtext(w.sls_code || '#' || k)) as h) as x`;
    process.stdout.write(`\r  wawancara: provinsi ${i + 1}/${provinces.length}   `);
  }
  process.stdout.write('\n');
  await sqlc`
    insert into interview_families (operation_id, regency_code, family_key, interview_id, sls_code, ppl_staff_id, visit_date, outcome, seq)
    select distinct on (regency_code, family_key) operation_id, regency_code, family_key, id, sls_code, ppl_staff_id, visit_date, outcome, seq
      from interviews where operation_id = ${operationId}
     order by regency_code, family_key, visit_date desc, seq desc`;
  await sqlc.unsafe(`insert into coverage_daily (operation_id, area_code, visit_date, completed, refused, not_home, moved, not_found)
    select operation_id, sls_code, visit_date, ${outcomeCounts} from interview_families where operation_id = ${operationId} group by 1, 2, 3`);
  // village 13, kecamatan 8, kabupaten 5, province 2 characters, each from the level below; then the country
  for (const [from, to] of [[18, 13], [13, 8], [8, 5], [5, 2]] as const) {
    await sqlc.unsafe(`insert into coverage_daily (operation_id, area_code, visit_date, completed, refused, not_home, moved, not_found)
      select operation_id, left(area_code, ${to}), visit_date, ${outcomeSums} from coverage_daily
       where operation_id = ${operationId} and length(area_code) = ${from} group by 1, 2, 3`);
  }
  await sqlc.unsafe(`insert into coverage_daily (operation_id, area_code, visit_date, completed, refused, not_home, moved, not_found)
    select operation_id, 'ID', visit_date, ${outcomeSums} from coverage_daily where operation_id = ${operationId} and length(area_code) = 2 group by 1, 2, 3`);
  await sqlc.unsafe(`insert into coverage_ppl_daily (operation_id, ppl_staff_id, visit_date, completed, refused, not_home, moved, not_found)
    select operation_id, ppl_staff_id, visit_date, ${outcomeCounts} from interview_families where operation_id = ${operationId} group by 1, 2, 3`);
  // Hint bits and visibility map set, statistics fresh, dirty pages written: the timings start from a settled server.
  await sqlc.unsafe('vacuum analyze');
  await sqlc.unsafe('checkpoint');
}

const benchPlanName = 'Bench nasional';

const benchPlanId = async (sqlc: postgres.Sql) => (await sqlc<[{ id: number }]>`select id from plans where name = ${benchPlanName}`)[0].id;

/**
 * A plan in force for the whole country, shaped like the planner's: per kecamatan, PPL territories of consecutive SLS
 * of 230-279 families (by a hash of the kecamatan), 25 days on site. Returns the number of PPL slots.
 */
async function adoptNationalPlan(sqlc: postgres.Sql, operationId: number): Promise<number> {
  const [plan] = await sqlc<[{ id: number }]>`
    insert into plans (operation_id, area_code, name, status, params) values (${operationId}, 'ID', ${benchPlanName}, 'saved', ${sqlc.json({ ...defaultOperationParams, strategy: 'standard' })})
    returning id`;
  await sqlc`
    with cut as (
      select sls_code, district_code, families,
             (sum(families) over (partition by district_code order by sls_code) - families) / (230 + abs(hashtext(district_code)) % 50) as k
        from workloads where operation_id = ${operationId})
    insert into plan_slots (plan_id, label, role, district_code, families, on_site_days, families_per_day)
    select ${plan.id}, district_code || '-' || k, 'ppl', district_code, sum(families), 25, sum(families) / 25.0 from cut group by district_code, k`;
  await sqlc`
    with cut as (
      select sls_code, district_code, families,
             (sum(families) over (partition by district_code order by sls_code) - families) / (230 + abs(hashtext(district_code)) % 50) as k
        from workloads where operation_id = ${operationId})
    insert into assignments (plan_id, sls_code, slot_id, families)
    select ${plan.id}, c.sls_code, s.id, c.families from cut c join plan_slots s on s.plan_id = ${plan.id} and s.label = c.district_code || '-' || c.k`;
  await sqlc`insert into plan_adoptions (operation_id, area_code, plan_id) values (${operationId}, 'ID', ${plan.id})`;
  await sqlc.unsafe('vacuum analyze plan_slots, assignments, plan_adoptions');
  const [{ n }] = await sqlc<[{ n: number }]>`select count(*)::int as n from plan_slots where plan_id = ${plan.id}`;
  return n;
}

/** Median of `warmRuns` warm calls of the route's work for one area. */
async function timeWarm(db: Db, { operation, label, areaCode }: { operation: { id: number; params: typeof defaultOperationParams }; label: string; areaCode: string }): Promise<BenchRow & { ms: number }> {
  const times: number[] = [];
  for (let i = 0; i < warmRuns + 3; i++) {
    const started = performance.now();
    await getAreaCoverage(db, nationalScope, { operation, areaCode, asOf });
    if (i >= 3) times.push(performance.now() - started);
  }
  const ms = median(times);
  return { ms, measure: `${label}: GET /api/coverage, median ${warmRuns}x hangat`, value: `${number(ms, 1)} ms (maks ${number(Math.max(...times), 1)} ms)`, target: `< ${targetMs} ms`, pass: ms < targetMs };
}

/** The route's work for one area, warm, against the naive GROUP BY over interviews for the same figures. */
async function timeArea(db: Db, { operation, label, areaCode, childLength }: { operation: { id: number; params: typeof defaultOperationParams }; label: string; areaCode: string; childLength: number }): Promise<BenchRow[]> {
  const warm = await timeWarm(db, { operation, label, areaCode });
  const answer = await getAreaCoverage(db, nationalScope, { operation, areaCode, asOf });
  const naiveTimes: number[] = [];
  let naive = new Map<string, NaiveFigures>();
  for (let i = 0; i < naiveRuns; i++) {
    const started = performance.now();
    naive = await naiveCoverage(db, { operationId: operation.id, areaCode, childLength });
    naiveTimes.push(performance.now() - started);
  }
  const { ms, ...warmRow } = warm;
  const naiveMs = median(naiveTimes);
  const same = answer!.children.length === naive.size && answer!.children.every((c) => JSON.stringify(naive.get(c.code)) === JSON.stringify(figuresOf(c)));
  return [
    warmRow,
    { measure: `${label}: GROUP BY naif atas interviews, median ${naiveRuns}x`, value: `${number(naiveMs, 0)} ms (${naiveTimes.map((t) => number(t, 0)).join(' / ')})` },
    { measure: `${label}: naif / rekap`, value: `${number(naiveMs / ms, 0)}x; angka anak wilayah sama: ${same ? 'ya' : 'TIDAK'}`, pass: same },
  ];
}

type NaiveFigures = { target: number; completed: number; refused: number; notHome: number; moved: number; notFound: number };
const figuresOf = (c: NaiveFigures): NaiveFigures => ({ target: c.target, completed: c.completed, refused: c.refused, notHome: c.notHome, moved: c.moved, notFound: c.notFound });

/** The same children's figures without roll-ups: each family's latest record up to asOf, grouped; targets from workloads. */
async function naiveCoverage(db: Db, { operationId, areaCode, childLength }: { operationId: number; areaCode: string; childLength: number }): Promise<Map<string, NaiveFigures>> {
  const inRegency = areaCode === 'ID' ? sql`true` : sql`regency_code = ${areaCode}`;
  const counts = rowsOf<{ child: string; visit_date: string; outcome: string; n: number }>(
    await db.execute(sql`
      select left(l.sls_code, ${childLength}) as child, l.visit_date::text as visit_date, l.outcome, count(*)::int as n
        from (select distinct on (regency_code, family_key) sls_code, visit_date, outcome from interviews
               where operation_id = ${operationId} and visit_date <= ${asOf} and ${inRegency}
               order by regency_code, family_key, visit_date desc, seq desc) l
       group by 1, 2, 3`),
  );
  const targets = rowsOf<{ child: string; families: number }>(
    await db.execute(sql`select left(sls_code, ${childLength}) as child, sum(families)::int as families from workloads where operation_id = ${operationId} and ${inRegency} group by 1`),
  );
  const byChild = new Map<string, NaiveFigures>(targets.map((t) => [t.child, { target: t.families, completed: 0, refused: 0, notHome: 0, moved: 0, notFound: 0 }]));
  const field = { completed: 'completed', refused: 'refused', not_home: 'notHome', moved: 'moved', not_found: 'notFound' } as const;
  for (const c of counts) byChild.get(c.child)![field[c.outcome as keyof typeof field]] += c.n;
  return byChild;
}

import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, setDbHandle, type DbHandle } from '@/db/client';
import { contentHashOf, familyKeyOf } from '@/db/interview-hashes';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { rowsOf } from '@/db/rows';
import { readSecrets } from '@/db/secrets';
import { operations, staff, workloads } from '@/db/schema';
import { ancestorCode } from '@/lib/areas/codes';
import type { InterviewOutcome } from '@/lib/interviews/outcomes';
import { createRandom } from '@/lib/random';
import { readAreaFrame } from './area-frame';
import { loadAreaFrame, seedDemoOperation } from './seed-database';

/** One line of the bench table (seeds/cli/bench.ts). */
export interface IntakeBenchRow {
  measure: string;
  value: string;
  target?: string;
  pass?: boolean;
}

const batchSize = 1_000;
const totalRecords = 200_000;
const clients = 4;
const pplCount = 2_000;
const number = (n: number, digits = 0) => n.toLocaleString('id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits });

type BenchRecord = { id: string; slsCode: string; pplId: number; visitedOn: string; outcome: InterviewOutcome; familySize: number; familyRef?: string };

/** A fresh database on the server of `serverUrl`, migrated, seeded with the demo regions and 2,000 PPL. */
async function freshDatabase(serverUrl: string) {
  const name = `sigap_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
  const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  const frame = readAreaFrame();
  await loadAreaFrame(handle.db, frame);
  await seedDemoOperation(handle.db, frame);
  const [op] = await handle.db.select().from(operations);
  const sls = (await handle.db.select({ code: workloads.slsCode }).from(workloads).where(eq(workloads.operationId, op!.id))).map((w) => w.code);
  const ppl = await handle.db
    .insert(staff)
    .values(Array.from({ length: pplCount }, (_, i) => ({ operationId: op!.id, name: `PPL ${i + 1}`, role: 'ppl' as const, homeAreaCode: ancestorCode(sls[(i * 7919) % sls.length]!, 'desa') })))
    .returning({ id: staff.id });
  const user = await createUser(handle.db, { username: 'bench-capi', name: 'Bench', role: 'entry_system', areaCodes: ['ID'], password: randomBytes(16).toString('hex') });
  const { token } = await createToken(handle.db, { userId: user, name: 'bench', createdBy: null });
  return {
    handle,
    url: url.toString(),
    operationId: op!.id,
    sls,
    pplIds: ppl.map((p) => p.id),
    token,
    drop: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const days = Array.from({ length: 14 }, (_, i) => `2022-10-${15 + i}`); // the window's start to the demo's today

/**
 * Records as PPL make them and an entry system syncs them: each PPL works a run of neighbouring SLS family by family,
 * 5-10 visits a day; one visit in seven finds nobody home and is revisited 1-3 days later; one family in ten has no
 * reference. Records arrive day by day, PPL by PPL, so a batch of 1,000 holds ~130 PPL-days.
 */
function generateFieldwork(sls: readonly string[], pplIds: readonly number[]): BenchRecord[] {
  const random = createRandom(20221028);
  const records: BenchRecord[] = [];
  const perPpl = sls.length / pplIds.length;
  const state = pplIds.map((pplId, i) => ({ pplId, territory: sls.slice(Math.floor(i * perPpl), Math.max(Math.floor((i + 1) * perPpl), Math.floor(i * perPpl) + 1)), next: 0, revisits: [] as { day: number; familyRef?: string; slsCode: string }[] }));
  for (let day = 0; day < days.length && records.length < totalRecords; day++) {
    for (const ppl of state) {
      const due = ppl.revisits.filter((r) => r.day === day);
      ppl.revisits = ppl.revisits.filter((r) => r.day !== day);
      const visits = [...due, ...Array.from({ length: Math.max(0, 5 + Math.floor(random() * 6) - due.length) }, () => {
        const family = ppl.next++;
        const slsCode = ppl.territory[Math.floor(family / 70) % ppl.territory.length]!;
        return { day, slsCode, ...(random() < 0.9 ? { familyRef: `${slsCode}/${family}` } : {}) };
      })];
      for (const visit of visits) {
        const notHome = visit.familyRef !== undefined && random() < 1 / 7;
        if (notHome) ppl.revisits.push({ ...visit, day: day + 1 + Math.floor(random() * 3) });
        records.push({ id: randomUUID(), slsCode: visit.slsCode, pplId: ppl.pplId, visitedOn: days[day]!, outcome: notHome ? 'not_home' : pickOutcome(random()), familySize: 1 + Math.floor(random() * 6), ...(visit.familyRef ? { familyRef: visit.familyRef } : {}) });
      }
    }
  }
  return records.slice(0, totalRecords);
}

const pickOutcome = (r: number): InterviewOutcome => (r < 0.9 ? 'completed' : r < 0.95 ? 'refused' : r < 0.98 ? 'moved' : 'not_found');

/** The worst case: the same number of records scattered over every SLS, PPL and day at random. */
function scatter(records: readonly BenchRecord[], sls: readonly string[], pplIds: readonly number[]): BenchRecord[] {
  const random = createRandom(20221029);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  return records.map((r, i) => {
    const slsCode = pick(sls);
    return { ...r, id: randomUUID(), slsCode, pplId: pick(pplIds), visitedOn: pick(days), ...(r.familyRef ? { familyRef: `${slsCode}/x${i % 150_000}` } : {}) };
  });
}

/** The app's route handler behind a plain node:http server, as `next start` would call it. */
async function serveIntake(handle: DbHandle): Promise<Server> {
  setDbHandle(handle);
  // `connection()` tells Next's renderer a request is dynamic, and throws outside Next's request scope; this plain
  // server has no renderer, so it becomes a no-op here (as in the route tests). Everything else runs as shipped.
  (createRequire(__filename)('next/server') as { connection: () => Promise<void> }).connection = async () => {};
  const { POST } = await import('@/app/api/interviews/route');
  const server = createServer(async (req, res) => {
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const response = await POST(new Request(`http://127.0.0.1${req.url}`, { method: 'POST', headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }));
      res.writeHead(response.status, { 'content-type': 'application/json' });
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** `clients` workers taking batches off one queue; the wall time of the whole run in ms. */
async function runClients<T>(batches: readonly T[], send: (batch: T) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = next++; i < batches.length; i = next++) await send(batches[i]!);
  }));
  return performance.now() - started;
}

const chunk = <T>(items: readonly T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Intake over HTTP: batches of 1,000 from several clients at once; every record must be accepted. */
async function timeIntake(db: Awaited<ReturnType<typeof freshDatabase>>, records: readonly BenchRecord[]) {
  const server = await serveIntake(db.handle);
  const port = (server.address() as AddressInfo).port;
  const bodies = chunk(records, batchSize).map((batch) => JSON.stringify({ records: batch }));
  let accepted = 0;
  const cpu0 = process.cpuUsage();
  try {
    const ms = await runClients(bodies, async (body) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/interviews`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${db.token}` }, body });
      const answer = (await response.json()) as { accepted: number; rejected?: unknown[]; error?: string };
      if (response.status !== 200) throw new Error(`intake ${response.status}: ${answer.error}`);
      accepted += answer.accepted;
    });
    const cpu = process.cpuUsage(cpu0);
    return { ms, accepted, cpuMs: (cpu.user + cpu.system) / 1000 };
  } finally {
    server.close();
  }
}

/** The same rows, hashed beforehand, inserted bare (multi-row INSERT, batches of 1,000) into a copy of the table. */
async function timeBareInsert(db: Awaited<ReturnType<typeof freshDatabase>>, records: readonly BenchRecord[]) {
  const hashKey = readSecrets().familyHashKey;
  const rows = records.map((r) => {
    const familyKey = familyKeyOf({ familyRef: r.familyRef, id: r.id, hashKey });
    const { familyRef: _ref, ...rest } = r;
    return {
      id: r.id,
      operation_id: db.operationId,
      regency_code: ancestorCode(r.slsCode, 'kabupaten'),
      district_code: ancestorCode(r.slsCode, 'kecamatan'),
      village_code: ancestorCode(r.slsCode, 'desa'),
      sls_code: r.slsCode,
      ppl_staff_id: r.pplId,
      visit_date: r.visitedOn,
      outcome: r.outcome,
      family_size: r.familySize,
      family_key: familyKey,
      content_hash: contentHashOf(rest, db.operationId, familyKey),
      outside_assignment: false,
      submitted_by: 'bench',
    };
  });
  const client = postgres(db.url, { onnotice: () => {}, max: clients });
  try {
    await client.unsafe('create table bare_interviews (like interviews including all)');
    const ms = await runClients(chunk(rows, batchSize), async (batch) => {
      await client`insert into bare_interviews ${client(batch)}`;
    });
    return { ms };
  } finally {
    await client.end();
  }
}

/** Roll-ups against a recount from the stored records: every family once in the country. */
async function checkRollups(db: Awaited<ReturnType<typeof freshDatabase>>) {
  const [row] = rowsOf<{ rolled: number; families: number }>(await db.handle.db.execute(sql`
    select (select coalesce(sum(completed + refused + not_home + moved + not_found), 0) from coverage_daily where operation_id = ${db.operationId} and area_code = 'ID')::int as rolled,
           (select count(*) from interview_families where operation_id = ${db.operationId})::int as families`));
  return { rolled: Number(row!.rolled), families: Number(row!.families) };
}

const clearIntake = (db: Awaited<ReturnType<typeof freshDatabase>>) => db.handle.db.execute(sql`truncate interviews, interview_families, coverage_daily, coverage_ppl_daily`);

/** DESIGN.md section 7, intake: records/s over HTTP against a bare batched INSERT of the same rows, same server. */
export async function intakeSection(serverUrl: string): Promise<IntakeBenchRow[]> {
  const db = await freshDatabase(serverUrl);
  try {
    const records = generateFieldwork(db.sls, db.pplIds);
    const bare = await timeBareInsert(db, records);
    const intake = await timeIntake(db, records);
    const rollups = await checkRollups(db);
    await clearIntake(db);
    const scattered = await timeIntake(db, scatter(records, db.sls, db.pplIds));
    const rate = (ms: number) => (records.length / ms) * 1000;
    const ratio = rate(intake.ms) / rate(bare.ms);
    return [
      { measure: 'rekaman / SLS demo / PPL', value: `${number(records.length)} / ${number(db.sls.length)} / ${number(pplCount)}` },
      { measure: 'klien serentak, rekaman per batch', value: `${clients}, ${number(batchSize)}` },
      { measure: 'INSERT berbatch polos, baris yang sama', value: `${number(rate(bare.ms))} rekaman/s (${number(bare.ms / 1000, 1)} s)` },
      { measure: 'POST /api/interviews, PPL per wilayah tugas', value: `${number(rate(intake.ms))} rekaman/s (${number(intake.ms / 1000, 1)} s)`, target: '> 5.000/s', pass: rate(intake.ms) > 5_000 },
      { measure: 'CPU proses Node (server + klien) per 1.000 rekaman', value: `${number((intake.cpuMs / records.length) * 1000)} ms` },
      { measure: 'intake / INSERT polos', value: `${number(ratio, 2)}`, target: '>= 0,5', pass: ratio >= 0.5 },
      { measure: 'diterima; keluarga di roll-up = tersimpan', value: `${number(intake.accepted)}; ${number(rollups.rolled)} = ${number(rollups.families)}`, pass: intake.accepted === records.length && rollups.rolled === rollups.families },
      { measure: 'POST /api/interviews, acak se-Indonesia', value: `${number(rate(scattered.ms))} rekaman/s (kasus terburuk)` },
      { measure: 'beban rata-rata nasional ~32 rekaman/s', value: `ruang ${number(rate(intake.ms) / 32)}x` },
    ];
  } finally {
    await db.drop();
  }
}

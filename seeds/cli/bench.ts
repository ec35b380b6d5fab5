import '../server-only-outside-next'; // first, like every CLI: nothing here may trip server-only
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { resourceUsage } from 'node:process';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { defaultOperationParams } from '@/lib/operations/params';
import { planStaffing } from '@/lib/planning/plan-staffing';
import type { StaffingPlan } from '@/lib/planning/types';
import { hashString } from '@/lib/random';
import { apportion, generateSlsWorkloads, type VillageAccess, type VillageFrame } from '@/lib/workload/generate';
import type { SlsWorkload } from '@/lib/workload/types';
import { readDbConfig } from '@/db/client';
import type { PoolingReport } from '@/lib/charters/pooling/types';
import { readAreaFrame } from '../area-frame';
import { buildDemoWorkloads } from '../demo-regions';
import { intakeSection } from '../bench-intake';
import { coverageSection, type BenchRow } from '../bench-coverage';

/**
 * `npm run bench`: the figures of DESIGN.md section 7, one named section each, printed as a table with PASS/FAIL
 * per target. `npm run bench -- coverage` (or `intake`, `planning`) runs only the named sections; intake and
 * coverage need a PostgreSQL server (DATABASE_URL), run on a fresh database there, and run by themselves whenever one
 * is set. `--records N` (default 10 million), `--keep` (leave
 * the bench database on the server) and `--reuse <database>` (time a kept one again, without loading) are for it.
 */

interface BenchSection {
  key: string;
  name: string;
  run: () => BenchRow[] | Promise<BenchRow[]>;
}

const benchSeed = 20221015;
const nationalFamilies = 84_000_000;
const runs = 3;

/** Provinces where the bench marks a few villages remote: Papua's six (91-96; 97 is kept should it appear) and Kalimantan Utara (65). */
const remoteProvinces = new Set(['91', '92', '93', '94', '95', '96', '97', '65']);

/**
 * About 5% of the villages of those provinces, chosen by a hash of the code: plane or boat, 1-3 days each way. Every
 * other village has no access data, as from an office that gave none: the planner estimates its terrain.
 */
function benchAccessOf(village: VillageFrame): VillageAccess | undefined {
  if (!remoteProvinces.has(village.code.slice(0, 2))) return undefined;
  const hash = hashString(village.code, benchSeed);
  if (hash % 100 >= 5) return undefined;
  return { accessMode: (hash >>> 8) % 2 === 0 ? 'plane' : 'boat', travelDaysOneWay: 1 + ((hash >>> 16) % 3) };
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const number = (n: number, digits = 0) => n.toLocaleString('id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A full collection before each timed run, so the generator's garbage is not billed to the planner. */
function collectGarbage() {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/**
 * ~84 million families over every village of the frame, province by province (families in proportion to villages),
 * copied into plain objects of one shape as rows read from the database would be: the generator's objects each
 * get their own hidden class, which makes every property read slow and costs ~480 bytes per SLS.
 */
function nationalWorkloads(frame = readAreaFrame()): SlsWorkload[] {
  const byProvince = new Map<string, VillageFrame[]>();
  for (const v of frame.villages) {
    const province = v.code.slice(0, 2);
    const list = byProvince.get(province) ?? [];
    list.push({ code: v.code, districtCode: v.parentCode! });
    byProvince.set(province, list);
  }
  const provinces = [...byProvince.values()];
  const totals = apportion(nationalFamilies, provinces.map((villages) => villages.length));
  const workloads: SlsWorkload[] = [];
  provinces.forEach((villages, i) => {
    for (const w of generateSlsWorkloads({ villages, seed: benchSeed, totalFamilies: totals[i]!, accessOf: benchAccessOf })) {
      workloads.push({ slsCode: w.slsCode, villageCode: w.villageCode, districtCode: w.districtCode, families: w.families, accessMode: w.accessMode, travelDaysOneWay: w.travelDaysOneWay, localStaff: w.localStaff, accessKnown: w.accessKnown });
    }
  });
  return workloads;
}

/**
 * planStaffing over the whole country `runs` times with charters pooled (the default) and as many without, taking
 * turns so that a busy machine slows both alike, each after a full collection; the last pooled plan and the times.
 */
function timePlanning(workloads: readonly SlsWorkload[]) {
  const times = { pooled: [] as number[], unpooled: [] as number[] };
  const cpuTimes: number[] = [];
  let plan: StaffingPlan | undefined;
  let peakRss = process.memoryUsage().rss;
  for (let run = 0; run < runs; run++) {
    for (const charterPooling of [false, true]) {
      plan = undefined; // let the previous plan go before the next run
      collectGarbage();
      const [started, cpuStarted] = [performance.now(), process.cpuUsage()];
      plan = planStaffing({ workloads, params: { ...defaultOperationParams, charterPooling }, areaCode: 'ID' });
      times[charterPooling ? 'pooled' : 'unpooled'].push(performance.now() - started);
      const cpu = process.cpuUsage(cpuStarted);
      if (charterPooling) cpuTimes.push((cpu.user + cpu.system) / 1000);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  }
  return { plan: plan!, times: times.pooled, unpooledTimes: times.unpooled, cpuTimes, peakRss };
}

/** Pooled against unpooled figures of one plan (DESIGN.md 4.9), as one row. */
function poolingRow(name: string, pooling: PoolingReport | null): BenchRow {
  if (!pooling) return { measure: name, value: 'tanpa penggabungan' };
  const { pooled: p, unpooled: u } = pooling;
  const rp = (v: number) => `Rp ${number(v / 1e9, 2)} M`;
  return {
    measure: `${name}: gabung / tanpa`,
    value: `ruas ${number(p.charterLegs)} / ${number(u.charterLegs)}; carter ${rp(p.chartersRupiah)} / ${rp(u.chartersRupiah)}; PPL terpencil ${number(p.remotePpl)} / ${number(u.remotePpl)}; anggaran ${rp(p.totalRupiah)} / ${rp(u.totalRupiah)}`,
  };
}

/** The Kalimantan Utara and Kepulauan Meranti demo regions, each planned once with the default rules (charters pooled). */
function demoPoolingRows(frame: ReturnType<typeof readAreaFrame>): BenchRow[] {
  const demo = buildDemoWorkloads(frame);
  return [
    ['65', 'Kalimantan Utara (65)'],
    ['14.10', 'Kepulauan Meranti (14.10)'],
  ].flatMap(([code, name]) => {
    const plan = planStaffing({ workloads: demo.filter((w) => w.slsCode.startsWith(`${code}.`)), params: defaultOperationParams, areaCode: code! });
    const row = poolingRow(name!, plan.pooling);
    if (code !== '65' || !plan.pooling) return [row];
    const { pooled, unpooled } = plan.pooling;
    const share = pooled.chartersRupiah / unpooled.chartersRupiah;
    return [row, { measure: 'carter Kalimantan Utara, gabung / tanpa', value: `${number(share * 100, 1)} %`, target: '<= 50 %', pass: share <= 0.5 }];
  });
}

async function planningSection(): Promise<BenchRow[]> {
  const frame = readAreaFrame();
  const generatedAt = performance.now();
  const workloads = nationalWorkloads(frame);
  const generateMs = performance.now() - generatedAt;
  const rssAfterGeneration = process.memoryUsage().rss;
  const { plan, times, unpooledTimes, cpuTimes, peakRss } = timePlanning(workloads);
  const maxRss = Math.max(peakRss, resourceUsage().maxRSS * 1024);
  const q = plan.quality;
  const seconds = median(times) / 1000;
  const families = workloads.reduce((sum, w) => sum + w.families, 0);
  const { min, max } = q.unflaggedFamiliesPerDay;
  // Villages without access data are planned at their terrain's norm (8-10 families a day at the least).
  const outsideNorm = plan.territories.filter((t) => t.flag === null && (t.familiesPerDay < t.dailyNorm.minDailyFamilies || t.familiesPerDay > t.dailyNorm.maxDailyFamilies)).length;
  const estimated = plan.territories.filter((t) => t.dailyNorm.minDailyFamilies !== defaultOperationParams.minDailyFamilies).length;
  return [
    { measure: 'desa / kecamatan', value: `${number(new Set(workloads.map((w) => w.villageCode)).size)} / ${number(plan.districts.length)}` },
    { measure: 'SLS dibangkitkan', value: number(workloads.length) },
    { measure: 'keluarga', value: number(families) },
    { measure: 'pembangkitan data (tidak diukur)', value: `${number(generateMs / 1000, 1)} s, RSS ${mib(rssAfterGeneration)}` },
    { measure: `planStaffing, median ${runs}x`, value: `${number(seconds, 2)} s (${times.map((t) => number(t / 1000, 2)).join(' / ')})`, target: '< 5 s', pass: seconds < 5 },
    { measure: 'planStaffing dengan carter gabungan (issue 11)', value: `${number(seconds, 2)} s`, target: '< 2,5 s', pass: seconds < 2.5 },
    // CPU time (user + system of this process) says what the plan costs when other jobs share the machine and stretch the wall time.
    { measure: `planStaffing dengan carter gabungan, waktu CPU, median ${runs}x`, value: `${number(median(cpuTimes) / 1000, 2)} s (${cpuTimes.map((t) => number(t / 1000, 2)).join(' / ')})` },
    { measure: `planStaffing tanpa penggabungan (charterPooling: false, bergantian), median ${runs}x`, value: `${number(median(unpooledTimes) / 1000, 2)} s (${unpooledTimes.map((t) => number(t / 1000, 2)).join(' / ')})` },
    { measure: 'memori puncak (maxRSS proses, pembangkitan termasuk)', value: mib(maxRss), target: '< 1.536 MiB', pass: maxRss < 1.5 * 1024 ** 3 },
    { measure: 'RSS setelah perencanaan', value: mib(peakRss) },
    { measure: 'PPL', value: number(q.pplCount) },
    { measure: 'PPL ideal', value: `${number(q.idealPpl, 1)} (${number(q.idealPplRounded)})` },
    { measure: 'PPL lantai', value: number(q.floorPpl) },
    { measure: 'PPL jalan darat vs ideal', value: `${number(q.roadPpl)} vs ${number(q.roadIdealPpl, 1)}` },
    { measure: 'deviasi dari ideal (tanpa desa terpencil)', value: `${number(q.deviationPct, 2)} %`, target: '|dev| <= 3 %', pass: Math.abs(q.deviationPct) <= 3 },
    { measure: 'target harian tanpa tanda (min..maks)', value: `${number(min, 2)} .. ${number(max, 2)} keluarga/hari` },
    { measure: 'PPL dengan norma medan di bawah norma operasi', value: number(estimated) },
    { measure: 'wilayah tugas tanpa tanda di luar normanya', value: number(outsideNorm), target: '0', pass: outsideNorm === 0 },
    { measure: 'wilayah tugas ditandai', value: `${number(q.flaggedTerritories)} (${number(plan.territories.filter((t) => t.flag && t.remote).length)} terpencil)` },
    { measure: 'PML / KOSEKA', value: `${number(plan.teams.length)} / ${number(plan.koseka.length)}` },
    { measure: 'desa dengan carter / biaya', value: `${number(plan.charters.length)} / Rp ${number(plan.budget.chartersRupiah)}` },
    poolingRow('seluruh Indonesia', plan.pooling),
    ...demoPoolingRows(frame),
  ];
}

const { values: options, positionals: wanted } = parseArgs({ allowPositionals: true, options: { records: { type: 'string', default: '10000000' }, keep: { type: 'boolean', default: false }, reuse: { type: 'string' } } });
const serverUrl = readDbConfig().url;

const sections: BenchSection[] = [
  { key: 'planning', name: 'Perencanaan seluruh Indonesia (DESIGN.md 7)', run: planningSection },
  {
    key: 'intake',
    name: 'Intake wawancara di PostgreSQL (DESIGN.md 7)',
    run: () => {
      if (!serverUrl) throw new Error('Bagian intake butuh server PostgreSQL: setel DATABASE_URL');
      // The intake route runs in this process and reads its secrets from the environment: fresh ones when unset.
      process.env.SIGAP_FAMILY_HASH_KEY ||= randomBytes(32).toString('base64url');
      process.env.SIGAP_AUTH_SECRET ||= randomBytes(32).toString('base64url');
      return intakeSection(serverUrl);
    },
  },
  {
    key: 'coverage',
    name: `Cakupan dengan ${number(Number(options.records))} catatan wawancara (PostgreSQL)`,
    run: () => {
      if (!serverUrl) throw new Error('Bagian cakupan butuh server PostgreSQL: setel DATABASE_URL');
      const records = Number(options.records);
      if (!Number.isInteger(records) || records < 1) throw new Error(`--records harus bilangan bulat positif, bukan "${options.records}"`);
      return coverageSection({ serverUrl, workloads: nationalWorkloads, records, keep: options.keep, reuse: options.reuse });
    },
  },
];

/** The sections named on the command line, else every section that can run here (intake and coverage only with a server). */
function chosenSections(): BenchSection[] {
  const unknown = wanted.filter((key) => !sections.some((s) => s.key === key));
  if (unknown.length > 0) throw new Error(`Bagian tidak dikenal: ${unknown.join(', ')} (ada: ${sections.map((s) => s.key).join(', ')})`);
  if (wanted.length > 0) return sections.filter((s) => wanted.includes(s.key));
  return sections.filter((s) => s.key === 'planning' || serverUrl);
}

function printSection(name: string, rows: BenchRow[]) {
  const widths = [Math.max(...rows.map((r) => r.measure.length)), Math.max(...rows.map((r) => r.value.length)), Math.max(6, ...rows.map((r) => (r.target ?? '').length))];
  console.log(`\n== ${name} ==`);
  for (const row of rows) {
    const status = row.pass === undefined ? '' : row.pass ? 'PASS' : 'FAIL';
    console.log(`${row.measure.padEnd(widths[0]!)}  ${row.value.padEnd(widths[1]!)}  ${(row.target ?? '').padEnd(widths[2]!)}  ${status}`.trimEnd());
  }
}

async function main() {
  const cpu = cpus();
  console.log(`Mesin: ${cpu[0]?.model ?? 'CPU'} x ${cpu.length} inti, RAM ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; Node ${process.version}, ${process.platform}/${process.arch}`);
  for (const section of chosenSections()) printSection(section.name, await section.run());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

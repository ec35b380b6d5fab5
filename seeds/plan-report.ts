import { format, parseISO } from 'date-fns';
import { id as idLocale } from 'date-fns/locale';
import { z } from 'zod';
import { countryCode } from '@/lib/areas/codes';
import { operationParamsSchema, type OperationParams } from '@/lib/operations/params';
import { describeIssue, describeRefusal, describeWarning } from '@/i18n/describe';
import { describeTerrainNote } from '@/i18n/describe-terrain';
import { roundFamiliesPerDay } from '@/lib/planning/flag-territory';
import { tryPlanStaffing } from '@/lib/planning/try-plan-staffing';
import type { PlanStrategy, StaffingPlan } from '@/lib/planning/types';
import type { SlsWorkload } from '@/lib/workload/types';

export interface PlanCommandInput {
  workloads: readonly SlsWorkload[];
  params: OperationParams;
  /** one JSON object instead of the readable report */
  json: boolean;
  /** how the area is named in the report, e.g. "64.71 KOTA BALIKPAPAN" */
  areaLabel: string;
  /** the area planned; default: the smallest area holding every workload */
  areaCode?: string;
  strategy?: PlanStrategy;
}

export interface PlanCommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Plans the given workloads and reports the plan, for `npm run plan -- --input` (a CSV, no database; `--area` goes
 * through db/use-cases/plan-area.ts and `reportPlan`). A planning error is exit code 2.
 */
export function runPlanCommand({ workloads, params, json, areaLabel, areaCode, strategy = 'standard' }: PlanCommandInput): PlanCommandOutput {
  const area = areaCode ?? commonAreaCode(workloads.map((w) => w.districtCode));
  const planned = tryPlanStaffing({ workloads, params, areaCode: area, strategy });
  // Errors the user's data or rules cause; anything else is a bug and surfaces as one.
  if (!planned.ok) return { exitCode: 2, stdout: '', stderr: `${describeRefusal(planned.refusal, 'id')}\n` };
  return reportPlan({ plan: planned.plan, params, json, areaLabel });
}

/** The printed plan: one JSON object, or the readable Indonesian report. */
export function reportPlan({ plan, params, json, areaLabel }: { plan: StaffingPlan; params: OperationParams; json: boolean; areaLabel: string }): PlanCommandOutput {
  const stdout = json ? `${JSON.stringify(planJson(plan, areaLabel))}\n` : planText(plan, areaLabel, params);
  return { exitCode: 0, stdout, stderr: '' };
}

/** The smallest area (province, regency or kecamatan code) holding every code; 'ID' when they span provinces. */
export function commonAreaCode(codes: readonly string[]): string {
  if (codes.length === 0) return countryCode;
  let common = codes[0]!.split('.');
  for (const code of codes) {
    const parts = code.split('.');
    let k = 0;
    while (k < common.length && common[k] === parts[k]) k++;
    common = common.slice(0, k);
  }
  return common.length === 0 ? countryCode : common.join('.');
}

/** The plan as one JSON object: headline figures, quality, flagged territories, charters, budget, warnings. */
export function planJson(plan: StaffingPlan, areaLabel: string) {
  const { quality, budget, workingDays } = plan;
  return {
    area: { code: plan.areaCode, label: areaLabel },
    strategy: plan.strategy,
    families: plan.families,
    sls: plan.slsCount,
    workingDays: { count: workingDays.count, first: workingDays.dates[0], last: workingDays.dates[workingDays.count - 1], reserveDates: workingDays.reserveDates },
    ppl: plan.territories.length,
    pml: plan.teams.length,
    koseka: plan.koseka.length,
    staff: plan.territories.length + plan.teams.length + plan.koseka.length,
    idealPpl: quality.idealPpl,
    idealPplRounded: quality.idealPplRounded,
    floorPpl: quality.floorPpl,
    deviationPct: quality.deviationPct,
    familiesPerDay: quality.familiesPerDay,
    unflaggedFamiliesPerDay: quality.unflaggedFamiliesPerDay,
    flaggedTerritories: quality.flaggedTerritories,
    belowNormTerritories: plan.territories
      .filter((t) => t.flag !== null)
      .map((t) => ({ label: t.label, districtCode: t.districtCode, villageCodes: t.villageCodes, families: t.families, onSiteDays: t.onSiteDays, familiesPerDay: t.familiesPerDay, flag: t.flag })),
    charters: plan.charters.map((c) => ({ ...c, dates: [...new Set(c.trips.map((t) => t.date))] })),
    trips: plan.trips,
    logistics: plan.logistics,
    pooling: plan.pooling,
    budgetRupiah: budget.totalRupiah,
    budget,
    districts: plan.districts,
    warnings: plan.warnings,
  };
}

const n = (value: number, digits = 0) => value.toLocaleString('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rupiah = (value: number) => `Rp ${n(value)}`;
const day = (date: string) => format(parseISO(date), 'd MMM yyyy', { locale: idLocale });
/** Families a day the Indonesian way, one decimal and a comma: 8,2. */
const formatFamiliesPerDay = (value: number) => roundFamiliesPerDay(value).toFixed(1).replace('.', ',');

/** Rows as a text table: the first column left-aligned, the others right-aligned. */
export function textTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

const districtRowsShown = 40;
const chartersShown = 30;

/** The readable Indonesian report. */
export function planText(plan: StaffingPlan, areaLabel: string, params: OperationParams): string {
  const { quality: q, budget, workingDays: wd } = plan;
  const out: string[] = [];
  out.push(`Rencana kebutuhan petugas: ${areaLabel} (strategi ${plan.strategy === 'lean' ? 'hemat' : 'standar'})`);
  out.push(`Jendela ${day(params.windowStart)} - ${day(params.windowEnd)}: ${wd.count} hari kerja (${day(wd.dates[0]!)} - ${day(wd.dates[wd.count - 1]!)}), ${wd.reserveDates.length} hari cadangan`);
  out.push(`${n(plan.families)} keluarga di ${n(plan.slsCount)} SLS, ${n(plan.districts.length)} kecamatan`, '');
  out.push(textTable([
    ['Petugas', 'jumlah'],
    ['PPL', n(plan.territories.length)],
    ['PML', n(plan.teams.length)],
    ['KOSEKA', n(plan.koseka.length)],
    ['Jumlah', n(plan.territories.length + plan.teams.length + plan.koseka.length)],
  ]), '');
  out.push('Mutu rencana');
  out.push(textTable([
    ['PPL ideal (keluarga / (minimum x hari di lokasi))', `${n(q.idealPpl, 1)} (${n(q.idealPplRounded)})`],
    ['PPL lantai (tidak mungkin kurang dari ini)', n(q.floorPpl)],
    ['Deviasi dari ideal, tanpa desa terpencil', `${n(q.deviationPct, 2)} %`],
    ['Target harian tanpa tanda (keluarga/hari)', `${formatFamiliesPerDay(q.unflaggedFamiliesPerDay.min)} - ${formatFamiliesPerDay(q.unflaggedFamiliesPerDay.max)}`],
    // each territory against its own norm: the operation's, or its villages' terrain (see the kecamatan table)
    [`Wilayah tugas di luar normanya (operasi: ${params.minDailyFamilies}-${params.maxDailyFamilies} keluarga/hari)`, n(q.flaggedTerritories)],
  ]), '');
  out.push(districtTable(plan), '', ...charterLines(plan), '');
  out.push('Anggaran');
  out.push(textTable([
    ['Honor PPL', rupiah(budget.pplRupiah)],
    ['Honor PML', rupiah(budget.pmlRupiah)],
    ['Honor KOSEKA', rupiah(budget.kosekaRupiah)],
    ['Carter', rupiah(budget.chartersRupiah)],
    ['Jumlah', rupiah(budget.totalRupiah)],
  ]));
  if (plan.warnings.length > 0) out.push('', 'Peringatan', ...plan.warnings.map((w) => `- ${describeWarning(w, 'id')}`));
  return `${out.join('\n')}\n`;
}

function districtTable(plan: StaffingPlan): string {
  const header = ['Kecamatan', 'keluarga', 'SLS', 'PPL', 'PML', 'KOSEKA', 'ideal', 'lantai', 'kel/hari', 'ditandai', 'norma (terbanyak)'];
  const rows = plan.districts.slice(0, districtRowsShown).map((d) => [
    d.districtCode,
    n(d.families),
    n(d.sls),
    n(d.ppl),
    n(d.pml),
    n(d.koseka),
    n(d.idealPpl, 1),
    n(d.floorPpl),
    `${formatFamiliesPerDay(d.minFamiliesPerDay)}-${formatFamiliesPerDay(d.maxFamiliesPerDay)}`,
    n(d.flaggedTerritories),
    d.terrain[0] ? describeTerrainNote(d.terrain[0], 'id') : '',
  ]);
  const more = plan.districts.length - rows.length;
  return `Per kecamatan\n${textTable([header, ...rows])}${more > 0 ? `\n... dan ${n(more)} kecamatan lagi (lihat --json)` : ''}`;
}

const kindLabel = { inbound: 'berangkat', outbound: 'pulang', supervision: 'supervisi', move: 'pindah desa' } as const;

function charterLines(plan: StaffingPlan): string[] {
  if (plan.charters.length === 0) return ['Carter: tidak ada desa lewat air atau udara'];
  if (plan.pooling) return pooledLines(plan);
  const legs = plan.charters.reduce((sum, c) => sum + c.trips.length, 0);
  const lines = [`Carter: ${n(plan.charters.length)} desa, ${n(legs)} perjalanan, ${rupiah(plan.budget.chartersRupiah)}`];
  for (const c of plan.charters.slice(0, chartersShown)) {
    const byKind = (['inbound', 'outbound', 'supervision'] as const)
      .map((kind) => [kind, c.trips.filter((t) => t.kind === kind)] as const)
      .filter(([, trips]) => trips.length > 0)
      .map(([kind, trips]) => `${kindLabel[kind]} ${[...new Set(trips.map((t) => t.date.slice(5)))].join(', ')} (${trips.length}x)`);
    lines.push(`  ${c.villageCode} ${c.mode === 'plane' ? 'pesawat' : 'perahu'}, ${c.ppl} PPL${c.localStaff ? ' lokal' : ''}: ${byKind.join('; ')}; ${rupiah(c.costRupiah)}`);
  }
  if (plan.charters.length > chartersShown) lines.push(`  ... dan ${n(plan.charters.length - chartersShown)} desa lagi (lihat --json)`);
  return lines;
}

/** Pooled charters: the saving against the unpooled plan, then the trips as routes (base → villages → base). */
function pooledLines(plan: StaffingPlan): string[] {
  const { pooled, unpooled, residentPml, visitingPml, sharedPpl } = plan.pooling!;
  const lines = [
    `Carter gabungan: ${n(plan.charters.length)} desa, ${n(pooled.charterTrips)} perjalanan (${n(pooled.charterLegs)} kaki), ${rupiah(pooled.chartersRupiah)}`,
    `  tanpa penggabungan: ${n(unpooled.charterTrips)} perjalanan (${n(unpooled.charterLegs)} kaki), ${rupiah(unpooled.chartersRupiah)}; anggaran ${rupiah(pooled.totalRupiah)} lawan ${rupiah(unpooled.totalRupiah)}`,
    `  PPL desa terpencil ${n(pooled.remotePpl)} (tanpa penggabungan ${n(unpooled.remotePpl)}, ${n(sharedPpl)} PPL berbagi desa); PML tinggal bersama tim ${n(residentPml)}, PML berkunjung ${n(visitingPml)}`,
  ];
  for (const trip of plan.trips.slice(0, chartersShown)) {
    const route = ['pangkalan', ...trip.stops.map((s) => `${s.villageCode} (${s.people.length})`), 'pangkalan'].join(' → ');
    lines.push(`  ${trip.label} ${kindLabel[trip.kind]} ${trip.departDate.slice(5)}: ${route}; kursi ${trip.seatsUsed}/${trip.seats}; ${rupiah(trip.costRupiah)}`);
  }
  if (plan.trips.length > chartersShown) lines.push(`  ... dan ${n(plan.trips.length - chartersShown)} perjalanan lagi (lihat --json)`);
  return lines;
}

type ParamName = keyof OperationParams;
const paramNames = Object.keys(operationParamsSchema.shape) as ParamName[];

/** The kind of value a parameter takes, read from its schema: number, string, yes/no, a list, or code:class pairs; nullable ones take `none`. */
function valueKind(name: ParamName): { kind: 'number' | 'string' | 'boolean' | 'record' | 'number[]' | 'string[]'; nullable: boolean } {
  let inner = operationParamsSchema.shape[name].unwrap() as z.ZodType;
  const nullable = inner instanceof z.ZodNullable;
  if (inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
  if (inner instanceof z.ZodArray) return { kind: (inner.element as z.ZodType).def.type === 'number' ? 'number[]' : 'string[]', nullable };
  const type = inner.def.type;
  if (type === 'pipe') return { kind: 'record', nullable }; // terrainClasses: a checked record
  return { kind: type === 'number' ? 'number' : type === 'boolean' ? 'boolean' : 'string', nullable };
}

const yes = new Set(['true', 'yes', 'ya', '1']);
const no = new Set(['false', 'no', 'tidak', '0']);

function settingValue(name: ParamName, text: string): unknown {
  const { kind, nullable } = valueKind(name);
  const toNumber = (item: string) => (item.trim() === '' ? Number.NaN : Number(item));
  if (nullable && ['none', 'null', ''].includes(text.trim().toLowerCase())) return null;
  if (kind === 'boolean') {
    const word = text.trim().toLowerCase();
    return yes.has(word) ? true : no.has(word) ? false : text;
  }
  if (kind === 'number') return toNumber(text);
  if (kind === 'string') return text.trim();
  const items = text.trim() === '' ? [] : text.split(',').map((item) => item.trim());
  // terrainClasses=64.71.01:hilly,65.02.04.2003:remote
  if (kind === 'record') return Object.fromEntries(items.map((item) => [item.split(':')[0]!.trim(), (item.split(':')[1] ?? '').trim()]));
  return kind === 'number[]' ? items.map(toNumber) : items;
}

/**
 * Operation parameters from `name=value` settings over `base` (numbers, dates yyyy-MM-dd, comma lists such as
 * `restWeekdays=0` or `holidays=2022-10-17,2022-10-18`, yes/no as `charterPooling=false` or `terrainEstimate=false`,
 * `extraStopRupiah=none`, classes as `terrainClasses=64.71.01:hilly,65.02.04.2003:remote`), validated by
 * operationParamsSchema as a whole.
 */
export function paramsFromSettings({ base, settings }: { base: OperationParams; settings: readonly string[] }): { ok: true; params: OperationParams } | { ok: false; errors: string[] } {
  const overrides: Record<string, unknown> = {};
  const errors: string[] = [];
  for (const setting of settings) {
    const eq = setting.indexOf('=');
    const name = (eq < 0 ? setting : setting.slice(0, eq)).trim();
    if (eq < 0) errors.push(`--set ${setting}: tulis nama=nilai`);
    else if (!paramNames.includes(name as ParamName)) errors.push(`--set ${name}: parameter tidak dikenal; yang dikenal: ${paramNames.join(', ')}`);
    else overrides[name] = settingValue(name as ParamName, setting.slice(eq + 1));
  }
  if (errors.length > 0) return { ok: false, errors };
  const parsed = operationParamsSchema.safeParse({ ...base, ...overrides });
  if (parsed.success) return { ok: true, params: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((issue) => `--set ${issue.path.join('.') || 'parameter'}: ${describeIssue({ ...issue, path: [] }, 'id').message}`) };
}

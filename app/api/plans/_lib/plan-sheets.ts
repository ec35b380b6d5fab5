import 'server-only';
import type { Db } from '@/db/client';
import { listAreaNames } from '@/db/queries/areas';
import { listAssignmentRows, listPplSlots, pageAssignmentRows, pageStaffRows } from '@/db/queries/plan-export';
import { getPlanCharters } from '@/db/use-cases/get-plan-charters';
import { describeFlag } from '@/i18n/describe';
import type { Translator } from '@/i18n/translator';
import { ancestorCode } from '@/lib/areas/codes';
import type { ViewerScope } from '@/lib/auth/scope';
import { openDays } from '@/lib/charters/pooling/stay';
import { staysOf } from '@/lib/charters/pooling/stay-of';
import type { Trip } from '@/lib/charters/pooling/types';
import type { OperationParams } from '@/lib/operations/params';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';
import { scheduleStay } from '@/lib/scheduling/schedule-stay';
import type { Cell, SheetColumn, SheetRow } from '../../../_lib/xlsx';

/** The sheets by the key `?sheet=` names them with (the same in every language), in the workbook's order. */
export const sheetKeys = ['penugasan', 'jadwal', 'petugas', 'kecamatan', 'carter', 'perjalanan'] as const;
export type SheetKey = (typeof sheetKeys)[number];

/** A sheet of a plan's export before it meets a format: CSV writes its header and rows, XLSX all of it. */
export interface PlanSheet {
  key: SheetKey;
  name: string;
  columns: SheetColumn[];
  /** read once, as the writer takes them; a row's group is its kabupaten */
  rows: () => AsyncIterable<SheetRow> | Iterable<SheetRow>;
  /** per-kabupaten subtotal rows (province and national plans) and a total row, for XLSX */
  subtotal?: (regencyCode: string) => Cell[];
  total?: Cell[];
}

export interface PlanSheetsInput {
  planId: number;
  /** subtotal rows per kabupaten: the plan covers a province or the country */
  byRegency: boolean;
  summary: PlanSummary;
  params: OperationParams;
  translator: Translator;
}

type ColumnSpec = readonly [key: string, width: number, kind?: SheetColumn['kind'], total?: SheetColumn['total']];

/** A column under `header`: wide enough for it and the filter's button beside it (exceljs leaves out a width of 9, its default). */
function sizedColumn(header: string, [, width, kind = 'text', total]: ColumnSpec): SheetColumn {
  return { header, width: Math.max(width, header.length + 3, 10), kind, ...(total ? { total } : {}) };
}

/**
 * A plan's six sheets in `translator`'s language: assignments (every SLS), schedules (every PPL's days), staff,
 * kecamatan (staffing against ideal and floor), charter legs per village and charter trips as routes. The big ones
 * read the database a page at a time.
 */
export async function planSheets(db: Db, scope: ViewerScope, { planId, byRegency, summary, params, translator }: PlanSheetsInput): Promise<PlanSheet[]> {
  const { t, lang } = translator;
  const columns = (section: 'assignments' | 'schedule' | 'staff' | 'districts' | 'charters', specs: readonly ColumnSpec[]): SheetColumn[] =>
    specs.map((spec) => sizedColumn(t(`exports.${section}.${spec[0]}` as Parameters<typeof t>[0]), spec));
  const [{ trips, legs, villageNames }, names] = await Promise.all([getPlanCharters(db, scope, planId), listAreaNames(db, [...new Set(summary.districts.map((d) => ancestorCode(d.districtCode, 'kabupaten')))])]);
  const regencyTotal = (code: string): Cell[] => [code, t('exports.subtotal', { name: names.get(code) ?? code })];
  const totals = byRegency ? { subtotal: regencyTotal } : {};
  return [
    {
      key: 'penugasan',
      name: t('exports.sheets.assignments'),
      columns: columns('assignments', [['sls', 20], ['village', 22], ['families', 10, 'integer', 'sum'], ['ppl', 18], ['pplName', 22], ['pml', 18], ['district', 11], ['familiesPerDay', 10, 'decimal'], ['start', 11, 'date'], ['end', 11, 'date']]),
      rows: async function* () {
        for await (const r of pageAssignmentRows(db, scope, planId)) {
          yield { group: r.slsCode.slice(0, 5), cells: [r.slsCode, r.villageName, r.families, r.ppl, r.pplName, r.pml, r.districtCode, round1(r.familiesPerDay), r.startDate, r.endDate] };
        }
      },
      ...totals,
    },
    {
      key: 'jadwal',
      name: t('exports.sheets.schedule'),
      columns: columns('schedule', [['ppl', 18], ['date', 11, 'date'], ['kind', 22], ['families', 10, 'integer'], ['sls', 40]]),
      rows: () => scheduleRows(db, scope, { planId, params, translator, trips, pplInPlan: summary.ppl }),
    },
    {
      key: 'petugas',
      name: t('exports.sheets.staff'),
      columns: columns('staff', [['slot', 18], ['role', 8], ['district', 11], ['supervisor', 18], ['name', 24], ['families', 10, 'integer'], ['onSiteDays', 10, 'integer'], ['familiesPerDay', 10, 'decimal'], ['start', 11, 'date'], ['end', 11, 'date'], ['note', 40]]),
      rows: async function* () {
        for await (const x of pageStaffRows(db, scope, planId)) {
          // Families, days and dates are a PPL's territory; a PML's or KOSEKA's are left empty, not 0.
          const work = x.role === 'ppl' ? [x.families, x.onSiteDays, round1(x.familiesPerDay)] : [null, null, null];
          const cells = [x.label, t(`roles.${x.role}`), x.districtCode, x.supervisor ?? '', x.staffName ?? t('plan.toRecruit'), ...work, x.startDate, x.endDate, x.flag ? describeFlag(x.flag, lang) : ''];
          yield { group: x.districtCode.slice(0, 5), cells };
        }
      },
    },
    {
      key: 'kecamatan',
      name: t('exports.sheets.districts'),
      columns: columns('districts', [
        ['code', 11], ['district', 22], ['families', 10, 'integer', 'sum'], ['sls', 8, 'integer', 'sum'], ['ppl', 8, 'integer', 'sum'], ['idealPpl', 10, 'decimal', 'sum'], ['floorPpl', 10, 'integer', 'sum'],
        ['pml', 8, 'integer', 'sum'], ['koseka', 8, 'integer', 'sum'], ['minFamiliesPerDay', 10, 'decimal', 'min'], ['maxFamiliesPerDay', 10, 'decimal', 'max'], ['flagged', 10, 'integer', 'sum'],
      ]),
      rows: () =>
        [...summary.districts]
          .sort((a, b) => a.districtCode.localeCompare(b.districtCode))
          .map((d) => ({
            group: ancestorCode(d.districtCode, 'kabupaten'),
            cells: [d.districtCode, d.districtName, d.families, d.sls, d.ppl, round1(d.idealPpl), d.floorPpl, d.pml, d.koseka, round1(d.minFamiliesPerDay), round1(d.maxFamiliesPerDay), d.flaggedTerritories],
          })),
      ...totals,
      total: ['', t('exports.total')],
    },
    {
      key: 'carter',
      name: t('exports.sheets.charters'),
      columns: columns('charters', [['village', 22], ['villageCode', 15], ['mode', 16], ['kind', 12], ['date', 11, 'date'], ['seats', 7, 'integer'], ['costRupiah', 14, 'integer', 'sum']]),
      rows: () => legs.map((l) => ({ cells: [l.villageName, l.villageCode, t(`access.${l.mode}`), t(`charterKinds.${l.kind}`), l.tripDate, l.seats, l.costRupiah] })),
      total: [t('exports.total')],
    },
    {
      key: 'perjalanan',
      name: t('pooling.sheet'),
      columns: tripColumns.map((spec) => sizedColumn(t(`pooling.columns.${spec[0]}`), spec)),
      rows: () =>
        trips.map((trip) => ({
          cells: [
            trip.label, trip.districtCode, t(`access.${trip.mode}`), t(`charterKinds.${trip.kind}`), trip.departDate, trip.returnDate,
            routeText(trip, villageNames, t('pooling.base')), trip.stops.length,
            trip.stops.map((stop) => `${villageNames.get(stop.villageCode) ?? stop.villageCode}: ${stop.people.join(', ')}`).join('; '),
            trip.seatsUsed, trip.seats, trip.legs, trip.costRupiah,
          ],
        })),
      total: [t('exports.total')],
    },
  ];
}

type TripColumnKey = 'trip' | 'district' | 'mode' | 'kind' | 'depart' | 'return' | 'route' | 'stops' | 'people' | 'seatsUsed' | 'seats' | 'legs' | 'costRupiah';
const tripColumns: readonly [key: TripColumnKey, width: number, kind?: SheetColumn['kind'], total?: SheetColumn['total']][] = [
  ['trip', 14], ['district', 11], ['mode', 16], ['kind', 12], ['depart', 11, 'date'], ['return', 11, 'date'], ['route', 50], ['stops', 7, 'integer'],
  ['people', 50], ['seatsUsed', 8, 'integer'], ['seats', 7, 'integer'], ['legs', 7, 'integer', 'sum'], ['costRupiah', 14, 'integer', 'sum'],
];

/** "Pangkalan → Long Sule (3) → Long Ampung (2) → Pangkalan": a trip's route, people served at each stop; a move goes village to village. */
function routeText(trip: Trip, names: ReadonlyMap<string, string>, base: string): string {
  const stops = trip.stops.map((stop) => `${names.get(stop.villageCode) ?? stop.villageCode} (${stop.people.length})`);
  return (trip.kind === 'move' ? stops : [base, ...stops, base]).join(' → ');
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Largest plan whose day-by-day schedules go into the export (31 rows a PPL). */
const maxScheduledPpl = 5000;

async function* scheduleRows(db: Db, scope: ViewerScope, { planId, params, translator: { t }, trips, pplInPlan }: { planId: number; params: OperationParams; translator: Translator; trips: readonly Trip[]; pplInPlan: number }): AsyncGenerator<SheetRow> {
  const ppl = await listPplSlots(db, scope, planId, maxScheduledPpl + 1);
  if (ppl.length > maxScheduledPpl) {
    yield { cells: [t('exports.scheduleTooLarge', { ppl: pplInPlan })] };
    return;
  }
  const bySlot = new Map<number, { slsCode: string; families: number }[]>();
  for (const row of await listAssignmentRows(db, scope, planId)) {
    const list = bySlot.get(row.slotId);
    if (list) list.push(row);
    else bySlot.set(row.slotId, [row]);
  }
  const workingDays = countWorkingDays({ params });
  // a PPL who comes by charter is scheduled as the trips take them in, between villages and out
  const stays = staysOf({ trips, open: openDays(workingDays) });
  for (const slot of ppl) {
    const [sls, stay] = [bySlot.get(slot.id) ?? [], stays.get(slot.label)];
    const days = stay ? scheduleStay({ sls, onSiteDays: slot.onSiteDays, stay, workingDays }) : schedulePpl({ sls, onSiteDays: slot.onSiteDays, workingDays });
    for (const d of days) {
      yield { cells: [slot.label, d.date, t(`scheduleKinds.${d.kind}`), d.families, d.slsCodes.join(' ')] };
    }
  }
}

import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { listAssignmentRows } from '@/db/queries/plan-export';
import { listPlanSlots } from '@/db/queries/plans';
import { getPlanCharters } from '@/db/use-cases/get-plan-charters';
import { languages } from '@/i18n/config';
import { describeFlag } from '@/i18n/describe';
import { translatorFor, type Translator } from '@/i18n/translator';
import { toCsv } from '@/lib/csv/parse-csv';
import { operationParamsSchema, type OperationParams } from '@/lib/operations/params';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { openDays } from '@/lib/charters/pooling/stay';
import { staysOf } from '@/lib/charters/pooling/stay-of';
import type { Trip } from '@/lib/charters/pooling/types';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';
import { scheduleStay } from '@/lib/scheduling/schedule-stay';
import type { Db } from '@/db/client';
import { inScope } from '@/lib/auth/permissions';
import type { ViewerScope } from '@/lib/auth/scope';
import { errorResponse, validationError } from '../../../../_lib/http';
import { gatePlan } from '../../_lib/plan-gate';
import { toXlsx, type Sheet } from '../../../../_lib/xlsx';

/** The sheets by the key `?sheet=` names them with (the same in every language). */
const sheetKeys = ['penugasan', 'jadwal', 'petugas', 'kecamatan', 'carter', 'perjalanan'] as const;
type SheetKey = (typeof sheetKeys)[number];

const exportInput = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  sheet: z.enum(sheetKeys).default('penugasan'),
  lang: z.enum(languages).default('id'),
});

/** GET /api/plans/:id/export?format=csv|xlsx[&sheet=…][&lang=en]: a saved plan for a spreadsheet, in `lang` (Indonesian by default). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'GET /api/plans/[id]/export', (await params).id);
  if (!gate.ok) return gate.response;
  const { db, plan, viewer, scope } = gate;
  const query = exportInput.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return validationError(request, query.error);
  // The export lists every person of the plan: only for viewers whose areas hold all of it.
  if (!inScope(viewer, plan.areaCode)) return errorResponse(request, 403, 'planBeyondScope', { values: { areaCode: plan.areaCode } });
  if (plan.status !== 'saved') return errorResponse(request, 409, 'planNotSaved');
  const translator = translatorFor(query.data.lang);
  const sheets = await buildSheets(db, scope, { planId: plan.id, summary: plan.summary as PlanSummary, params: operationParamsSchema.parse(plan.params), translator });
  const base = `${translator.t('exports.filePlan')}-${plan.id}-${plan.areaCode}`;
  if (query.data.format === 'csv') {
    const sheet = sheets.find((s) => s.key === query.data.sheet)!;
    const [header, ...rows] = sheet.rows;
    return new Response(toCsv(header!.map(String), rows), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${base}-${query.data.sheet}.csv"` },
    });
  }
  return new Response(new Uint8Array(toXlsx(sheets)), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${base}.xlsx"`,
    },
  });
}

async function buildSheets(db: Db, scope: ViewerScope, { planId, summary: s, params, translator }: { planId: number; summary: PlanSummary; params: OperationParams; translator: Translator }): Promise<(Sheet & { key: SheetKey })[]> {
  const { t, lang } = translator;
  const [assignmentRows, slots, { trips, legs, villageNames }] = await Promise.all([listAssignmentRows(db, scope, planId), listPlanSlots(db, scope, planId), getPlanCharters(db, scope, planId)]);
  const labels = new Map(slots.map((x) => [x.id, x.label]));
  const header = <K extends string>(section: 'assignments' | 'staff' | 'districts' | 'charters', keys: readonly K[]) => keys.map((k) => t(`exports.${section}.${k}` as Parameters<typeof t>[0]));
  const tripColumns = ['trip', 'district', 'mode', 'kind', 'depart', 'return', 'route', 'stops', 'people', 'seatsUsed', 'seats', 'legs', 'costRupiah'] as const;
  return [
    {
      key: 'penugasan',
      name: t('exports.sheets.assignments'),
      rows: [
        header('assignments', ['sls', 'village', 'families', 'ppl', 'pplName', 'pml', 'district', 'familiesPerDay', 'start', 'end']),
        ...assignmentRows.map((r) => [r.slsCode, r.villageName, r.families, r.ppl, r.pplName, r.pml, r.districtCode, round1(r.familiesPerDay), r.startDate, r.endDate]),
      ],
    },
    { key: 'jadwal', name: t('exports.sheets.schedule'), rows: scheduleRows(assignmentRows, slots, trips, params, translator) },
    {
      key: 'petugas',
      name: t('exports.sheets.staff'),
      rows: [
        header('staff', ['slot', 'role', 'district', 'supervisor', 'name', 'families', 'onSiteDays', 'familiesPerDay', 'start', 'end', 'note']),
        ...slots.map((x) => [
          x.label, t(`roles.${x.role}`), x.districtCode, x.supervisorSlotId ? labels.get(x.supervisorSlotId) : '', x.staffName ?? t('plan.toRecruit'),
          x.families, x.onSiteDays, round1(x.familiesPerDay), x.startDate, x.endDate, x.flag ? describeFlag(x.flag, lang) : '',
        ]),
      ],
    },
    {
      key: 'kecamatan',
      name: t('exports.sheets.districts'),
      rows: [
        header('districts', ['code', 'district', 'families', 'sls', 'ppl', 'idealPpl', 'floorPpl', 'pml', 'koseka', 'minFamiliesPerDay', 'maxFamiliesPerDay', 'flagged']),
        ...s.districts.map((d) => [d.districtCode, d.districtName, d.families, d.sls, d.ppl, round1(d.idealPpl), d.floorPpl, d.pml, d.koseka, round1(d.minFamiliesPerDay), round1(d.maxFamiliesPerDay), d.flaggedTerritories]),
      ],
    },
    {
      key: 'carter',
      name: t('exports.sheets.charters'),
      rows: [
        header('charters', ['village', 'villageCode', 'mode', 'kind', 'date', 'seats', 'costRupiah']),
        ...legs.map((l) => [l.villageName, l.villageCode, t(`access.${l.mode}`), t(`charterKinds.${l.kind}`), l.tripDate, l.seats, l.costRupiah]),
      ],
    },
    {
      key: 'perjalanan',
      name: t('pooling.sheet'),
      rows: [
        tripColumns.map((k) => t(`pooling.columns.${k}`)),
        ...trips.map((trip) => [
          trip.label, trip.districtCode, t(`access.${trip.mode}`), t(`charterKinds.${trip.kind}`), trip.departDate, trip.returnDate,
          routeText(trip, villageNames, t('pooling.base')), trip.stops.length, trip.stops.map((s) => `${villageNames.get(s.villageCode) ?? s.villageCode}: ${s.people.join(', ')}`).join('; '),
          trip.seatsUsed, trip.seats, trip.legs, trip.costRupiah,
        ]),
      ],
    },
  ];
}

/** "Pangkalan → Long Sule (3) → Long Ampung (2) → Pangkalan": a trip's route, people served at each stop; a move goes village to village. */
function routeText(trip: Trip, names: ReadonlyMap<string, string>, base: string): string {
  const stops = trip.stops.map((s) => `${names.get(s.villageCode) ?? s.villageCode} (${s.people.length})`);
  return (trip.kind === 'move' ? stops : [base, ...stops, base]).join(' → ');
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Largest plan whose day-by-day schedules go into the export (31 rows a PPL). */
const maxScheduledPpl = 5000;

function scheduleRows(
  assignmentRows: readonly { slsCode: string; families: number; ppl: string }[],
  slots: readonly { label: string; role: string; onSiteDays: number }[],
  trips: readonly Trip[],
  params: OperationParams,
  { t }: Translator,
): Sheet['rows'] {
  const header = (['ppl', 'date', 'kind', 'families', 'sls'] as const).map((k) => t(`exports.schedule.${k}`));
  const ppl = slots.filter((x) => x.role === 'ppl');
  if (ppl.length > maxScheduledPpl) return [header, [t('exports.scheduleTooLarge', { ppl: ppl.length })]];
  const bySlot = new Map<string, { slsCode: string; families: number }[]>();
  for (const row of assignmentRows) {
    const list = bySlot.get(row.ppl);
    if (list) list.push(row);
    else bySlot.set(row.ppl, [row]);
  }
  const workingDays = countWorkingDays({ params });
  // a PPL who comes by charter is scheduled as the trips take them in, between villages and out
  const stays = staysOf({ trips, open: openDays(workingDays) });
  return [
    header,
    ...ppl.flatMap((slot) => {
      const [sls, stay] = [bySlot.get(slot.label) ?? [], stays.get(slot.label)];
      const days = stay ? scheduleStay({ sls, onSiteDays: slot.onSiteDays, stay, workingDays }) : schedulePpl({ sls, onSiteDays: slot.onSiteDays, workingDays });
      return days.map((d) => [slot.label, d.date, t(`scheduleKinds.${d.kind}`), d.families, d.slsCodes.join(' ')]);
    }),
  ];
}

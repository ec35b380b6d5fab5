import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { listAssignmentRows } from '@/db/queries/plan-export';
import { listPlanCharters, listPlanSlots } from '@/db/queries/plans';
import { toCsv } from '@/lib/csv/parse-csv';
import { operationParamsSchema, type OperationParams } from '@/lib/operations/params';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';
import type { Db } from '@/db/client';
import { inScope } from '@/lib/auth/permissions';
import type { ViewerScope } from '@/lib/auth/scope';
import { errorResponse, validationError } from '../../../../_lib/http';
import { gatePlan } from '../../_lib/plan-gate';
import { toXlsx, type Sheet } from '../../../../_lib/xlsx';

const exportInput = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  sheet: z.enum(['penugasan', 'jadwal', 'petugas', 'kecamatan', 'carter']).default('penugasan'),
});

/** GET /api/plans/:id/export?format=csv|xlsx[&sheet=…]: a saved plan for a spreadsheet. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'GET /api/plans/[id]/export', (await params).id);
  if (!gate.ok) return gate.response;
  const { db, plan, viewer, scope } = gate;
  const query = exportInput.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return validationError(query.error);
  // The export lists every person of the plan: only for viewers whose areas hold all of it.
  if (!inScope(viewer, plan.areaCode)) return errorResponse(403, `Rencana ${plan.areaCode} melampaui wilayah kerja Anda`);
  if (plan.status !== 'saved') return errorResponse(409, 'Rencana belum selesai disimpan');
  const sheets = await buildSheets(db, scope, plan.id, plan.summary as PlanSummary, operationParamsSchema.parse(plan.params));
  const base = `rencana-${plan.id}-${plan.areaCode}`;
  if (query.data.format === 'csv') {
    const sheet = sheets.find((s) => s.name.toLowerCase() === query.data.sheet)!;
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

async function buildSheets(db: Db, scope: ViewerScope, planId: number, s: PlanSummary, params: OperationParams): Promise<Sheet[]> {
  const [assignmentRows, slots, legs] = await Promise.all([listAssignmentRows(db, scope, planId), listPlanSlots(db, scope, planId), listPlanCharters(db, scope, planId)]);
  const labels = new Map(slots.map((x) => [x.id, x.label]));
  return [
    {
      name: 'Penugasan',
      rows: [
        ['sls', 'desa', 'keluarga', 'ppl', 'nama_ppl', 'pml', 'kecamatan', 'keluarga_per_hari', 'mulai', 'selesai'],
        ...assignmentRows.map((r) => [r.slsCode, r.villageName, r.families, r.ppl, r.pplName, r.pml, r.districtCode, round1(r.familiesPerDay), r.startDate, r.endDate]),
      ],
    },
    { name: 'Jadwal', rows: scheduleRows(assignmentRows, slots, params) },
    {
      name: 'Petugas',
      rows: [
        ['slot', 'peran', 'kecamatan', 'atasan', 'nama', 'keluarga', 'hari_di_lapangan', 'keluarga_per_hari', 'mulai', 'selesai', 'catatan'],
        ...slots.map((x) => [x.label, x.role.toUpperCase(), x.districtCode, x.supervisorSlotId ? labels.get(x.supervisorSlotId) : '', x.staffName ?? 'perlu direkrut', x.families, x.onSiteDays, round1(x.familiesPerDay), x.startDate, x.endDate, x.flag]),
      ],
    },
    {
      name: 'Kecamatan',
      rows: [
        ['kode', 'kecamatan', 'keluarga', 'sls', 'ppl', 'ppl_ideal', 'ppl_batas_bawah', 'pml', 'koseka', 'min_keluarga_per_hari', 'maks_keluarga_per_hari', 'ditandai'],
        ...s.districts.map((d) => [d.districtCode, d.districtName, d.families, d.sls, d.ppl, round1(d.idealPpl), d.floorPpl, d.pml, d.koseka, round1(d.minFamiliesPerDay), round1(d.maxFamiliesPerDay), d.flaggedTerritories]),
      ],
    },
    {
      name: 'Carter',
      rows: [['desa', 'kode_desa', 'moda', 'jenis', 'tanggal', 'kursi', 'biaya_rupiah'], ...legs.map((l) => [l.villageName, l.villageCode, l.mode, l.kind, l.tripDate, l.seats, l.costRupiah])],
    },
  ];
}

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Largest plan whose day-by-day schedules go into the export (31 rows a PPL). */
const maxScheduledPpl = 5000;

function scheduleRows(
  assignmentRows: readonly { slsCode: string; families: number; ppl: string }[],
  slots: readonly { label: string; role: string; onSiteDays: number }[],
  params: OperationParams,
): Sheet['rows'] {
  const header = ['ppl', 'tanggal', 'jenis', 'keluarga', 'sls'];
  const ppl = slots.filter((x) => x.role === 'ppl');
  if (ppl.length > maxScheduledPpl) return [header, [`Rencana ini punya ${ppl.length} PPL: unduh jadwal per kecamatan lewat API /slots.`]];
  const bySlot = new Map<string, { slsCode: string; families: number }[]>();
  for (const row of assignmentRows) {
    const list = bySlot.get(row.ppl);
    if (list) list.push(row);
    else bySlot.set(row.ppl, [row]);
  }
  const workingDays = countWorkingDays({ params });
  const kinds = { travel: 'perjalanan', work: 'pendataan', reserve: 'cadangan', rest: 'libur' } as const;
  return [
    header,
    ...ppl.flatMap((slot) =>
      schedulePpl({ sls: bySlot.get(slot.label) ?? [], onSiteDays: slot.onSiteDays, workingDays }).map((d) => [slot.label, d.date, kinds[d.kind], d.families, d.slsCodes.join(' ')]),
    ),
  ];
}

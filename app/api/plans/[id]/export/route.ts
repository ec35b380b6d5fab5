import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { listAssignmentRows } from '@/db/queries/plan-export';
import { getPlan, listPlanCharters, listPlanSlots } from '@/db/queries/plans';
import { toCsv } from '@/lib/csv/parse-csv';
import { planIdInput } from '@/lib/operations/plan-request';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { requestDb } from '../../../../_lib/db';
import { errorResponse, validationError } from '../../../../_lib/http';
import { toXlsx, type Sheet } from '../../../../_lib/xlsx';

const exportInput = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  sheet: z.enum(['penugasan', 'petugas', 'kecamatan', 'carter']).default('penugasan'),
});

/** GET /api/plans/:id/export?format=csv|xlsx[&sheet=…]: a saved plan for a spreadsheet. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = planIdInput.safeParse((await params).id);
  if (!id.success) return validationError(id.error);
  const query = exportInput.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return validationError(query.error);
  const db = await requestDb();
  const plan = await getPlan(db, id.data);
  if (!plan) return errorResponse(404, 'Rencana tidak ditemukan');
  if (plan.status !== 'saved') return errorResponse(409, 'Rencana belum selesai disimpan');
  const sheets = await buildSheets(db, plan.id, plan.summary as PlanSummary);
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

async function buildSheets(db: Awaited<ReturnType<typeof requestDb>>, planId: number, s: PlanSummary): Promise<Sheet[]> {
  const [assignmentRows, slots, legs] = await Promise.all([listAssignmentRows(db, planId), listPlanSlots(db, planId), listPlanCharters(db, planId)]);
  const labels = new Map(slots.map((x) => [x.id, x.label]));
  return [
    {
      name: 'Penugasan',
      rows: [
        ['sls', 'desa', 'keluarga', 'ppl', 'nama_ppl', 'pml', 'kecamatan', 'keluarga_per_hari', 'mulai', 'selesai'],
        ...assignmentRows.map((r) => [r.slsCode, r.villageName, r.families, r.ppl, r.pplName, r.pml, r.districtCode, round1(r.familiesPerDay), r.startDate, r.endDate]),
      ],
    },
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

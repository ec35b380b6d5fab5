import { mkdirSync, writeFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingAfter, jsonRequest, routeParams, useTestDb, req, actAs } from './route-env';
import { bearer } from './auth-env';
import { GET as exportPlan } from '@/app/api/plans/[id]/export/route';
import { POST as createPlanRoute } from '@/app/api/plans/route';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { operations, plans } from '@/db/schema';
import { writeWorkbook } from '@/app/_lib/xlsx';
import { assignmentSheets } from '@/app/api/plans/_lib/assignment-sheets';
import { planSheets } from '@/app/api/plans/_lib/plan-sheets';
import { translatorFor } from '@/i18n/translator';
import { nationalScope } from '@/lib/auth/scope';
import { defaultOperationParams } from '@/lib/operations/params';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { readAreaFrame, type AreaFrame } from '@/seeds/area-frame';
import { buildDemoWorkloads } from '@/seeds/demo-regions';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { openTestDb } from '../db/test-db';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

const inKaltara = <T extends { code: string }>(areas: T[]) => areas.filter((a) => a.code === '65' || a.code.startsWith('65.'));

async function workbook(planId: number, lang = ''): Promise<{ book: ExcelJS.Workbook; bytes: Buffer; type: string | null }> {
  const response = await exportPlan(req(`http://localhost/api/plans/${planId}/export?format=xlsx${lang}`), routeParams({ id: String(planId) }));
  expect(response.status).toBe(200);
  const bytes = Buffer.from(await response.arrayBuffer());
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return { book, bytes, type: response.headers.get('content-type') };
}

/** A column's values below the header, as rows of a sheet's data and subtotal rows. */
const rowsOf = (sheet: ExcelJS.Worksheet) => sheet.getRows(2, sheet.rowCount - 1) ?? [];
const resultOf = (cell: ExcelJS.Cell) => (cell.value as ExcelJS.CellFormulaValue).result as number;
const isSubtotal = (row: ExcelJS.Row) => typeof row.getCell(3).value === 'object' && row.getCell(3).value !== null && 'formula' in (row.getCell(3).value as object);

describe(`the Kalimantan Utara (65) plan as a workbook (${handle.label})`, () => {
  let planId = 0;
  let summary: PlanSummary;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    const head = await createUser(handle.db, { username: 'kepala-kaltara', name: 'Kepala BPS Kaltara', role: 'office_head', areaCodes: ['65'], password: 'kata-sandi-uji' });
    actAs(bearer((await createToken(handle.db, { userId: head, name: 'uji', createdBy: null })).token));
    const full = readAreaFrame();
    const frame: AreaFrame = { provinces: inKaltara(full.provinces), regencies: inKaltara(full.regencies), districts: inKaltara(full.districts), villages: inKaltara(full.villages) };
    await loadAreaFrame(handle.db, frame);
    const [op] = await handle.db.insert(operations).values({ name: 'Regsosek 2022', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    await insertWorkloads(handle.db, op!.id, buildDemoWorkloads(full).filter((w) => w.slsCode.startsWith('65.')));
    const response = await createPlanRoute(jsonRequest('/api/plans', { areaCode: '65', name: 'Kaltara' }));
    expect(response.status).toBe(202);
    ({ plan: { id: planId, summary } } = (await response.json()) as { plan: { id: number; summary: PlanSummary } });
    await Promise.all(pendingAfter);
    const exported = await workbook(planId);
    book = exported.book;
    // Kept for a person to open (CI keeps test-results/): the workbook the tests below read.
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/rencana-kaltara-65.xlsx', exported.bytes);
  }, 120_000);

  it('names its sheets in the export language, Indonesian by default', async () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Penugasan', 'Jadwal', 'Petugas', 'Kecamatan', 'Carter', 'Perjalanan']);
    expect((await workbook(planId, '&lang=en')).book.worksheets.map((s) => s.name)).toEqual(['Assignments', 'Schedule', 'Staff', 'Districts', 'Charters', 'Trips']);
  });

  it('lists every charter trip as a route from the base and back, dated, whose costs add up to the plan\'s charters', () => {
    const trips = book.getWorksheet('Perjalanan')!;
    const rows = rowsOf(trips).filter((r) => typeof r.getCell(1).value === 'string' && /^65\.\d{2}\.\d{2}#/.test(r.getCell(1).value as string));
    expect(rows.length).toBe(summary.charterTrips);
    let cost = 0;
    for (const row of rows) {
      expect(row.getCell(5).value, 'depart').toBeInstanceOf(Date);
      const route = row.getCell(7).value as string;
      if (row.getCell(4).value !== 'pindah desa') expect(route).toMatch(/^Pangkalan → .+ → Pangkalan$/);
      expect(row.getCell(10).value as number, 'seats used within seats').toBeLessThanOrEqual(row.getCell(11).value as number);
      cost += row.getCell(13).value as number;
    }
    expect(cost).toBe(summary.budget.chartersRupiah);
  });

  it('freezes a bold header with a filter on every sheet, and sizes the columns to their headers', () => {
    for (const sheet of book.worksheets) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).getCell(1).font?.bold, sheet.name).toBe(true);
      expect(sheet.autoFilter, sheet.name).toMatch(/^A1:[A-Z]+\d+$/);
      sheet.columns.forEach((column, i) => expect(column.width, `${sheet.name} ${i}`).toBeGreaterThanOrEqual(String(sheet.getRow(1).getCell(i + 1).value).length + 3));
    }
    expect(book.getWorksheet('Penugasan')!.columns.map((c) => c.width)).toEqual([20, 22, 11, 18, 22, 18, 12, 20, 11, 11]);
    expect(book.getWorksheet('Kecamatan')!.columns.map((c) => c.width)).toEqual([11, 22, 11, 10, 10, 12, 18, 10, 10, 24, 25, 11]);
  });

  it('writes numbers as numbers and days as Excel dates, never as text', () => {
    const assignment = book.getWorksheet('Penugasan')!.getRow(2);
    expect([3, 8, 9, 10].map((c) => assignment.getCell(c).type)).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.Number, ExcelJS.ValueType.Date, ExcelJS.ValueType.Date]);
    expect(assignment.getCell(9).numFmt).toBe('dd/mm/yyyy');
    expect(assignment.getCell(3).numFmt).toBe('#,##0');
    expect((assignment.getCell(9).value as Date).toISOString()).toMatch(/^2022-1[01]-\d\dT00:00:00\.000Z$/);
    const staff = book.getWorksheet('Petugas')!;
    const ppl = staff.getRows(2, staff.rowCount - 1)!.find((r) => String(r.getCell(1).value).startsWith('PPL'))!;
    expect([6, 7, 8, 9].map((c) => ppl.getCell(c).type)).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.Number, ExcelJS.ValueType.Number, ExcelJS.ValueType.Date]);
    // a KOSEKA (first in each kecamatan) has no territory: empty, not 0
    expect([staff.getRow(2).getCell(2).value, staff.getRow(2).getCell(6).value]).toEqual(['KOSEKA', null]);
    const leg = book.getWorksheet('Carter')!.getRow(2);
    expect([leg.getCell(5).type, leg.getCell(6).type, leg.getCell(7).type]).toEqual([ExcelJS.ValueType.Date, ExcelJS.ValueType.Number, ExcelJS.ValueType.Number]);
    expect(book.getWorksheet('Jadwal')!.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.Date);
  });

  it('closes each kabupaten with a subtotal row on the assignment and kecamatan sheets, and totals the province', () => {
    for (const name of ['Penugasan', 'Kecamatan']) {
      const rows = rowsOf(book.getWorksheet(name)!);
      const subtotals = rows.filter(isSubtotal);
      const labels = subtotals.map((r) => `${r.getCell(1).value ?? ''} ${r.getCell(2).value}`);
      const expected = ['65.01 Jumlah Kabupaten Bulungan', '65.02 Jumlah Kabupaten Malinau', '65.03 Jumlah Kabupaten Nunukan', '65.04 Jumlah Kabupaten Tana Tidung', '65.71 Jumlah Kota Tarakan'];
      expect(labels, name).toEqual(name === 'Kecamatan' ? [...expected, ' Jumlah'] : expected);
      // each subtotal is the sum of the rows above it since the last one, by formula and by value
      let families = 0;
      let first = 2;
      for (const row of rows) {
        if (!isSubtotal(row)) families += row.getCell(3).value as number;
        else if (row.getCell(1).value) {
          expect([(row.getCell(3).value as ExcelJS.CellFormulaValue).formula, resultOf(row.getCell(3))]).toEqual([`SUBTOTAL(9,C${first}:C${row.number - 1})`, families]);
          [families, first] = [0, row.number + 1];
        }
      }
      expect(subtotals.slice(0, 5).reduce((s, r) => s + resultOf(r.getCell(3)), 0), name).toBe(200_000);
    }
    const districts = book.getWorksheet('Kecamatan')!;
    const total = districts.getRow(districts.rowCount);
    expect([(total.getCell(3).value as ExcelJS.CellFormulaValue).formula, resultOf(total.getCell(3)), resultOf(total.getCell(5))]).toEqual([`SUBTOTAL(9,C2:C${districts.rowCount - 1})`, 200_000, summary.ppl]);
    expect(rowsOf(districts).filter((r) => !isSubtotal(r))).toHaveLength(55);
    const charters = book.getWorksheet('Carter')!;
    expect(resultOf(charters.getRow(charters.rowCount).getCell(7))).toBe(summary.budget.chartersRupiah);
  });
});

describe(`the assignment sheet past a sheet's rows (${handle.label})`, () => {
  it('goes on several sheets, each province whole or cut between kabupaten, every row once and in order', async () => {
    const [plan] = await handle.db.select().from(plans).where(eq(plans.name, 'Kaltara'));
    const translator = translatorFor('id');
    const input = { planId: plan!.id, byRegency: true, summary: plan!.summary!, params: defaultOperationParams, translator };
    const [sheet] = await planSheets(handle.db, nationalScope, input);
    // Kaltara's kabupaten hold 602, 341, 803, 115 and 1,000 SLS, each with its subtotal row: at most 1,100 rows a sheet
    const split = await assignmentSheets(handle.db, nationalScope, { ...input, sheet: sheet!, max: 1100 });
    if (!split.ok) throw new Error(JSON.stringify(split));
    const output = new PassThrough();
    const bytes = new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>).arrayBuffer();
    await writeWorkbook(split.sheets, output, { dateFormat: 'dd/mm/yyyy' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await bytes);
    const shape = book.worksheets.map((s) => {
      const rows = rowsOf(s);
      return `${s.name}: ${rows.filter((r) => !isSubtotal(r)).length} + ${rows.filter(isSubtotal).map((r) => r.getCell(1).value).join(' ')}`;
    });
    expect(shape).toEqual(['Penugasan 65 (1 dari 3): 943 + 65.01 65.02', 'Penugasan 65 (2 dari 3): 918 + 65.03 65.04', 'Penugasan 65 (3 dari 3): 1000 + 65.71']);
    const codes = book.worksheets.flatMap((s) => rowsOf(s).filter((r) => !isSubtotal(r)).map((r) => String(r.getCell(1).value)));
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(plan!.summary!.sls);
    expect(await assignmentSheets(handle.db, nationalScope, { ...input, sheet: sheet!, max: 900 })).toEqual({ ok: false, regencyCode: '65.71', rows: 1001, max: 900 });
  });
});

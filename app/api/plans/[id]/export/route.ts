import { PassThrough, Readable } from 'node:stream';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { languages } from '@/i18n/config';
import { translatorFor } from '@/i18n/translator';
import { countryCode, levelOfCode } from '@/lib/areas/codes';
import { inScope } from '@/lib/auth/permissions';
import { csvLine } from '@/lib/csv/parse-csv';
import { xlsxContentType } from '@/db/files/read-table-file';
import type { Lang } from '@/lib/i18n/languages';
import { operationParamsSchema } from '@/lib/operations/params';
import { errorResponse, validationError } from '../../../../_lib/http';
import { writeWorkbook, type Sheet } from '../../../../_lib/xlsx';
import { assignmentSheets } from '../../_lib/assignment-sheets';
import { gatePlan } from '../../_lib/plan-gate';
import { planSheets, sheetKeys, type PlanSheet } from '../../_lib/plan-sheets';

const exportInput = z.object({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
  sheet: z.enum(sheetKeys).default('penugasan'),
  lang: z.enum(languages).default('id'),
});

/** How the workbook shows calendar days: as Indonesian offices write them, and unambiguous in English. */
const dateFormats: Record<Lang, string> = { id: 'dd/mm/yyyy', en: 'yyyy-mm-dd' };

/**
 * GET /api/plans/:id/export?format=csv|xlsx[&sheet=…][&lang=en]: a saved plan for a spreadsheet, in `lang`
 * (Indonesian by default), streamed as it is read from the database a page at a time. Read-only: a plan changed
 * while a big export streams may show pages from before and after the change.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'GET /api/plans/[id]/export', (await params).id);
  if (!gate.ok) return gate.response;
  const { db, plan, viewer, scope } = gate;
  const query = exportInput.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return validationError(request, query.error);
  // The export lists every person of the plan: only for viewers whose areas hold all of it.
  if (!inScope(viewer, plan.areaCode)) return errorResponse(request, 403, 'planBeyondScope', { values: { areaCode: plan.areaCode } });
  if (plan.status !== 'saved' || !plan.summary) return errorResponse(request, 409, 'planNotSaved');
  const translator = translatorFor(query.data.lang);
  const byRegency = plan.areaCode === countryCode || levelOfCode(plan.areaCode) === 'provinsi';
  const input = { planId: plan.id, byRegency, summary: plan.summary, params: operationParamsSchema.parse(plan.params), translator };
  const sheets = await planSheets(db, scope, input);
  const base = `${translator.t('exports.filePlan')}-${plan.id}-${plan.areaCode}`;
  if (query.data.format === 'csv') return csvResponse(sheets.find((s) => s.key === query.data.sheet)!, `${base}-${query.data.sheet}.csv`);
  const [assignments, ...others] = sheets;
  const split = await assignmentSheets(db, scope, { ...input, sheet: assignments!, translator });
  if (!split.ok) return errorResponse(request, 422, 'exportSheetTooLarge', { values: { regencyCode: split.regencyCode, rows: split.rows, max: split.max } });
  const workbook: Sheet[] = [...split.sheets, ...others.map((s) => ({ ...s, rows: s.rows() }))];
  return xlsxResponse(workbook, { filename: `${base}.xlsx`, dateFormat: dateFormats[query.data.lang] });
}

const attachment = (filename: string) => `attachment; filename="${filename}"`;

function xlsxResponse(sheets: Sheet[], { filename, dateFormat }: { filename: string; dateFormat: string }): Response {
  const output = new PassThrough();
  writeWorkbook(sheets, output, { dateFormat }).catch((error: unknown) => {
    if (!(error instanceof Error && error.message === 'export cancelled')) console.error('plan export failed', error);
    output.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return new Response(Readable.toWeb(output) as ReadableStream<Uint8Array>, { headers: { 'content-type': xlsxContentType, 'content-disposition': attachment(filename) } });
}

/** A sheet as CSV (header, then its rows without subtotals), written a thousand lines at a time as the client reads. */
function csvResponse(sheet: PlanSheet, filename: string): Response {
  const encoder = new TextEncoder();
  const source = sheet.rows();
  const rows = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (async function* () { yield* source; })();
  let header = true;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (header) {
        header = false;
        controller.enqueue(encoder.encode(csvLine(sheet.columns.map((c) => c.header))));
        return;
      }
      let text = '';
      for (let i = 0; i < 1000; i++) {
        const next = await rows.next();
        if (next.done) {
          if (text) controller.enqueue(encoder.encode(text));
          controller.close();
          return;
        }
        text += csvLine(next.value.cells);
      }
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await rows.return?.(undefined);
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': attachment(filename) } });
}

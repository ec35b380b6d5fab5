import 'server-only';
import type { Db } from '@/db/client';
import { countAssignmentsByRegency } from '@/db/queries/plan-export';
import type { Translator } from '@/i18n/translator';
import type { ViewerScope } from '@/lib/auth/scope';
import { excelMaxRows, splitIntoSheets, type SheetPart } from '@/lib/xlsx/split-into-sheets';
import type { Sheet, SheetRow } from '../../../_lib/xlsx';
import type { PlanSheet } from './plan-sheets';

export interface AssignmentSheetsInput {
  planId: number;
  sheet: PlanSheet;
  byRegency: boolean;
  translator: Translator;
  /** rows a sheet holds below its header: Excel's, unless a test asks for fewer */
  max?: number;
}

export type AssignmentSheets = { ok: true; sheets: Sheet[] } | { ok: false; regencyCode: string; rows: number; max: number };

/**
 * The assignment sheet as the workbook's sheets: one when it fits Excel's rows, else several of whole provinces in
 * code order ("Penugasan 11-33", "Penugasan 34-96"; a national plan has ~1.2 million SLS), each province's rows read
 * from the one page-by-page query as its sheet is written. Refused only for a kabupaten larger than a sheet.
 */
export async function assignmentSheets(db: Db, scope: ViewerScope, input: AssignmentSheetsInput): Promise<AssignmentSheets> {
  const { planId, sheet, byRegency, translator: { t }, max = excelMaxRows - 1 } = input;
  const counts = await countAssignmentsByRegency(db, scope, planId);
  const blocks = counts.map((c) => ({ provinceCode: c.regencyCode.slice(0, 2), regencyCode: c.regencyCode, rows: c.rows + (byRegency ? 1 : 0) }));
  const split = splitIntoSheets({ blocks, maxRows: max });
  if (!split.ok) return { ...split, max };
  if (split.sheets.length === 1) return { ok: true, sheets: [{ ...sheet, rows: sheet.rows() }] };
  const take = sharedRows(sheet.rows());
  const name = (part: SheetPart) => {
    const [first, last] = [part.provinceCodes[0]!, part.provinceCodes.at(-1)!];
    if (part.piece) return t('exports.sheetPiece', { sheet: sheet.name, province: first, index: part.piece.index, of: part.piece.of });
    return first === last ? t('exports.sheetOfProvince', { sheet: sheet.name, province: first }) : t('exports.sheetOfProvinces', { sheet: sheet.name, first, last });
  };
  return {
    ok: true,
    sheets: split.sheets.map((part, i) => {
      const regencies = new Set(part.blocks.map((b) => b.regencyCode));
      // The last sheet takes whatever is left, should the plan have changed since the rows were counted.
      const rows = take(i === split.sheets.length - 1 ? () => true : (row) => regencies.has(row.group ?? ''));
      return { ...sheet, name: name(part), rows };
    }),
  };
}

/** One pass over `source` shared by consecutive sheets: each takes rows while they belong to it, leaving the next row for the next. */
function sharedRows(source: AsyncIterable<SheetRow> | Iterable<SheetRow>) {
  const iterator = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (async function* () { yield* source; })();
  let pending: SheetRow | undefined;
  return (belongs: (row: SheetRow) => boolean): AsyncIterable<SheetRow> => ({
    async *[Symbol.asyncIterator]() {
      for (;;) {
        if (!pending) {
          const next = await iterator.next();
          if (next.done) return;
          pending = next.value;
        }
        if (!belongs(pending)) return;
        const row = pending;
        pending = undefined;
        yield row;
      }
    },
  });
}

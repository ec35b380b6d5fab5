import { getAreaWithAncestors, listChildAreas } from '@/db/queries/areas';
import { getActiveOperation } from '@/db/queries/operations';
import { areaCodeInput } from '@/lib/areas/inputs';
import { toCsv } from '@/lib/csv/parse-csv';
import { requestDb } from '../../../../_lib/db';
import { errorResponse, validationError } from '../../../../_lib/http';

/** GET /api/areas/:code/export: the children table as CSV for a spreadsheet. */
export async function GET(_request: Request, { params }: { params: Promise<{ code: string }> }) {
  const parsed = areaCodeInput.safeParse((await params).code);
  if (!parsed.success) return validationError(parsed.error);
  const db = await requestDb();
  if (!(await getAreaWithAncestors(db, parsed.data))) return errorResponse(404, 'Wilayah tidak ditemukan');
  const operation = await getActiveOperation(db);
  const rows = await listChildAreas(db, parsed.data, operation?.id ?? null);
  const csv = toCsv(
    ['kode', 'nama', 'tingkat', 'sub_wilayah', 'sls', 'keluarga', 'keluarga_terpencil', 'akses'],
    rows.map((r) => [r.code, r.name, r.level, r.subareas, r.sls, r.families, r.remoteFamilies, r.accessModes.join(' ')]),
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="wilayah-${parsed.data}.csv"`,
    },
  });
}

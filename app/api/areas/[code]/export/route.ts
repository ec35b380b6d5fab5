import { getAreaWithAncestors, listChildAreas } from '@/db/queries/areas';
import { getActiveOperation } from '@/db/queries/operations';
import { areaCodeInput } from '@/lib/areas/inputs';
import { toCsv } from '@/lib/csv/parse-csv';
import { guardRoute, scopeError } from '../../../../_lib/auth';
import { errorResponse, validationError } from '../../../../_lib/http';

/** GET /api/areas/:code/export: the children table as CSV for a spreadsheet. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const gate = await guardRoute(request, 'GET /api/areas/[code]/export');
  if (!gate.ok) return gate.response;
  const parsed = areaCodeInput.safeParse((await params).code);
  if (!parsed.success) return validationError(parsed.error);
  // The frame is public, but the way down to an area is only shown inside the viewer's own (and above it).
  const denied = scopeError(gate.viewer, 'area.export', parsed.data, { overlap: true });
  if (denied) return denied;
  const db = gate.db;
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

import { getAreaWithAncestors, listChildAreas } from '@/db/queries/areas';
import { getActiveOperation } from '@/db/queries/operations';
import { areaCodeInput } from '@/lib/areas/inputs';
import { toCsv } from '@/lib/csv/parse-csv';
import { guardRoute } from '../../../../_lib/auth';
import { errorResponse, validationError } from '../../../../_lib/http';

/** GET /api/areas/:code/export: the children table as CSV for a spreadsheet. */
export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
  const gate = await guardRoute(request, 'GET /api/areas/[code]/export');
  if (!gate.ok) return gate.response;
  const parsed = areaCodeInput.safeParse((await params).code);
  if (!parsed.success) return validationError(parsed.error);
  const { db, scope } = gate;
  const found = await getAreaWithAncestors(db, scope, parsed.data);
  if (!found) return errorResponse(404, 'Wilayah tidak ditemukan');
  // The frame is public, but the way down to an area is only shown inside the viewer's own (and above it).
  if (!found.inScope) return errorResponse(403, `Wilayah ${parsed.data} di luar wilayah kerja Anda`);
  const operation = await getActiveOperation(db);
  const rows = await listChildAreas(db, scope, parsed.data, operation?.id ?? null);
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

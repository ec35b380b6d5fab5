import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { getAreaWithAncestors, listChildAreas } from '@/db/queries/areas';
import { getActiveOperation } from '@/db/queries/operations';
import { languages } from '@/i18n/config';
import { translatorFor } from '@/i18n/translator';
import { areaCodeInput } from '@/lib/areas/inputs';
import { toCsv } from '@/lib/csv/parse-csv';
import { guardRoute } from '../../../../_lib/auth';
import { errorResponse, validationError } from '../../../../_lib/http';

const exportInput = z.object({ lang: z.enum(languages).default('id') });

/** GET /api/areas/:code/export[?lang=en]: the children table as CSV for a spreadsheet, headers and words in `lang` (Indonesian by default). */
export async function GET(request: NextRequest, { params }: { params: Promise<{ code: string }> }) {
  const gate = await guardRoute(request, 'GET /api/areas/[code]/export');
  if (!gate.ok) return gate.response;
  const parsed = areaCodeInput.safeParse((await params).code);
  if (!parsed.success) return validationError(request, parsed.error);
  const query = exportInput.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return validationError(request, query.error);
  const { db, scope } = gate;
  const found = await getAreaWithAncestors(db, scope, parsed.data);
  if (!found) return errorResponse(request, 404, 'areaNotFound');
  // The frame is public, but the way down to an area is only shown inside the viewer's own (and above it).
  if (!found.inScope) return errorResponse(request, 403, 'areaOutsideScope', { values: { areaCode: parsed.data } });
  const operation = await getActiveOperation(db);
  const rows = await listChildAreas(db, scope, parsed.data, operation?.id ?? null);
  const { t } = translatorFor(query.data.lang);
  const columns = ['code', 'name', 'level', 'subareas', 'sls', 'families', 'remoteFamilies', 'access'] as const;
  const csv = toCsv(
    columns.map((c) => t(`exports.areas.${c}`)),
    rows.map((r) => [r.code, r.name, t(`levels.${r.level}`), r.subareas, r.sls, r.families, r.remoteFamilies, r.accessModes.map((m) => t(`access.${m}`)).join(' / ')]),
  );
  return new Response(csv, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${t('exports.fileAreas')}-${parsed.data}.csv"`,
    },
  });
}

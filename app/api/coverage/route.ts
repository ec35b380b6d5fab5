import { NextResponse, type NextRequest } from 'next/server';
import { getActiveOperation } from '@/db/queries/operations';
import { getAreaCoverage } from '@/db/use-cases/get-area-coverage';
import { scopeOf } from '@/lib/auth/scope';
import { coverageQueryInput } from '@/lib/coverage/coverage-query-input';
import { operationToday } from '@/lib/operations/operation-today';
import { NoWorkingDaysError } from '@/lib/planning/errors';
import { guardRoute, scopeError } from '../../_lib/auth';
import { errorResponse, validationError } from '../../_lib/http';

/**
 * GET /api/coverage?area=<code>&asOf=<date>: target, outcomes, percent, pace, forecast, status and the daily planned
 * and actual curves of an area, and the same without the curves for each of its children the viewer may see. Area
 * defaults to the viewer's first, asOf to the operation's today. Aggregates only: nothing per person.
 */
export async function GET(request: NextRequest) {
  const gate = await guardRoute(request, 'GET /api/coverage');
  if (!gate.ok) return gate.response;
  const { db, viewer } = gate;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(request, 404, 'noOperation');
  const search = request.nextUrl.searchParams;
  const parsed = coverageQueryInput(operation.params).safeParse({ area: search.get('area') ?? undefined, asOf: search.get('asOf') ?? undefined });
  if (!parsed.success) return validationError(request, parsed.error);
  const areaCode = parsed.data.area ?? viewer.areaCodes[0];
  if (areaCode === undefined) return errorResponse(request, 403, 'noAreas');
  // Like the area pages: an area holding the viewer's own shows the way down; its children outside are left out.
  const denied = scopeError(request, viewer, 'coverage.read', areaCode, { overlap: true });
  if (denied) return denied;
  const asOf = parsed.data.asOf ?? operationToday({ clockDate: operation.clockDate, now: new Date() });
  let coverage;
  try {
    coverage = await getAreaCoverage(db, scopeOf(viewer), { operation, areaCode, asOf });
  } catch (error) {
    // Rules that leave no working day (the operation's or an adopted plan's) have no planned curve to measure against.
    if (error instanceof NoWorkingDaysError) return errorResponse(request, 409, 'coverageNoWorkingDays');
    throw error;
  }
  if (!coverage) return errorResponse(request, 404, 'areaCodeNotFound', { values: { areaCode } });
  return NextResponse.json(coverage);
}

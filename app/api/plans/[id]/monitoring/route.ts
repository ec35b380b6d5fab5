import { NextResponse, type NextRequest } from 'next/server';
import { getMonitoring } from '@/db/use-cases/get-monitoring';
import { monitoringQuery } from '@/lib/reassignment/inputs';
import { validationError } from '../../../../_lib/http';
import { gateReassignment } from '../../_lib/reassignment-gate';

/**
 * GET /api/plans/:id/monitoring[?kecamatan=<code>]: Pemantauan as of the operation's today: every PPL of the plan in
 * force the viewer may see (most urgent first) with shares, done, left, pace, daily target, forecast, status and
 * outside-assignment records and their planned-vs-done series; the same figures per team and per kecamatan. Each PPL's
 * `shares` name the SLS they hold with the version a move must send and the families left of each.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gateReassignment(request, 'GET /api/plans/[id]/monitoring', (await params).id);
  if (!gate.ok) return gate.response;
  const query = monitoringQuery.safeParse({ kecamatan: request.nextUrl.searchParams.get('kecamatan') ?? undefined });
  if (!query.success) return validationError(request, query.error);
  return NextResponse.json(await getMonitoring(gate.db, gate.scope, gate.ctx, { districtCode: query.data.kecamatan }));
}

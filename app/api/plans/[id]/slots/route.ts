import { NextResponse, type NextRequest } from 'next/server';
import { listPlanSlots } from '@/db/queries/plans';
import { areaCodeInput } from '@/lib/areas/inputs';
import { validationError } from '../../../../_lib/http';
import { gatePlan } from '../../_lib/plan-gate';

/**
 * GET /api/plans/:id/slots[?kecamatan=]: KOSEKA, PML teams and PPL territories with their person, load and dates,
 * as far as the viewer may see them (their kecamatan, their team, themselves).
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const gate = await gatePlan(request, 'GET /api/plans/[id]/slots', (await params).id);
  if (!gate.ok) return gate.response;
  const kecamatan = request.nextUrl.searchParams.get('kecamatan');
  const district = kecamatan === null ? null : areaCodeInput.safeParse(kecamatan);
  if (district && !district.success) return validationError(request, district.error);
  return NextResponse.json({ slots: await listPlanSlots(gate.db, gate.scope, gate.plan.id, district?.data) });
}

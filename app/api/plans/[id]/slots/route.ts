import { NextResponse, type NextRequest } from 'next/server';
import { getPlan, listPlanSlots } from '@/db/queries/plans';
import { areaCodeInput } from '@/lib/areas/inputs';
import { planIdInput } from '@/lib/operations/plan-request';
import { requestDb } from '../../../../_lib/db';
import { errorResponse, validationError } from '../../../../_lib/http';

/** GET /api/plans/:id/slots[?kecamatan=]: KOSEKA, PML teams and PPL territories with their person, load and dates. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const id = planIdInput.safeParse((await params).id);
  if (!id.success) return validationError(id.error);
  const kecamatan = request.nextUrl.searchParams.get('kecamatan');
  const district = kecamatan === null ? null : areaCodeInput.safeParse(kecamatan);
  if (district && !district.success) return validationError(district.error);
  const db = await requestDb();
  if (!(await getPlan(db, id.data))) return errorResponse(404, 'Rencana tidak ditemukan');
  return NextResponse.json({ slots: await listPlanSlots(db, id.data, district?.data) });
}

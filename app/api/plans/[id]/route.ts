import { NextResponse } from 'next/server';
import { getPlan } from '@/db/queries/plans';
import { planIdInput } from '@/lib/operations/plan-request';
import { requestDb } from '../../../_lib/db';
import { errorResponse, validationError } from '../../../_lib/http';

/** GET /api/plans/:id: the plan's status, progress and summary. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const parsed = planIdInput.safeParse((await params).id);
  if (!parsed.success) return validationError(parsed.error);
  const db = await requestDb();
  const plan = await getPlan(db, parsed.data);
  if (!plan) return errorResponse(404, 'Rencana tidak ditemukan');
  const { id, name, areaCode, version, status, progressDone, progressTotal, summary, params: planParams, createdAt } = plan;
  return NextResponse.json({ plan: { id, name, areaCode, version, status, progressDone, progressTotal, summary, params: planParams, createdAt } });
}

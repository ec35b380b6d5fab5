import { after, NextResponse, type NextRequest } from 'next/server';
import { listAreaNames } from '@/db/queries/areas';
import { getActiveOperation } from '@/db/queries/operations';
import { createPlan, listPlans, savePlanRows } from '@/db/queries/plans';
import { listAdoptedPlanIds } from '@/db/queries/plan-adoptions';
import { listWorkloads } from '@/db/queries/workloads';
import { applyOverrides, planRequestInput } from '@/lib/operations/plan-request';
import { planToRows } from '@/lib/operations/plan-rows';
import { NoWorkingDaysError } from '@/lib/planning/errors';
import { planStaffing } from '@/lib/planning/plan-staffing';
import { overlapsScope } from '@/lib/auth/permissions';
import { guardRoute, scopeError } from '../../_lib/auth';
import { errorResponse, parseJsonBody, validationError } from '../../_lib/http';

/** GET /api/plans: the active operation's saved plans (scenarios) over the viewer's areas, newest first. */
export async function GET(request: Request) {
  const gate = await guardRoute(request, 'GET /api/plans');
  if (!gate.ok) return gate.response;
  const db = gate.db;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(404, 'Belum ada operasi');
  const [plans, adopted] = await Promise.all([listPlans(db, operation.id), listAdoptedPlanIds(db, operation.id)]);
  return NextResponse.json({ plans: plans.filter((p) => overlapsScope(gate.viewer, p.areaCode)).map((p) => ({ ...p, adopted: adopted.has(p.id) })) });
}

/**
 * POST /api/plans { areaCode, name, strategy?, params? }: plans the area with the operation's rules and the
 * scenario's overrides, answers 202 with the plan id at once, and writes its rows in the background with progress.
 */
export async function POST(request: NextRequest) {
  const gate = await guardRoute(request, 'POST /api/plans');
  if (!gate.ok) return gate.response;
  const input = await parseJsonBody(request, planRequestInput);
  if (!input.ok) return input.response;
  const denied = scopeError(gate.viewer, 'plan.create', input.data.areaCode);
  if (denied) return denied;
  const db = gate.db;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(404, 'Belum ada operasi');
  const params = applyOverrides(operation.params, input.data.params);
  if (!params.success) return validationError(params.error);
  const workloads = await listWorkloads(db, operation.id, input.data.areaCode);
  if (workloads.length === 0) return errorResponse(422, `Wilayah ${input.data.areaCode} tidak punya target keluarga pada operasi ini`);
  let plan;
  try {
    plan = planStaffing({ workloads, params: params.data, areaCode: input.data.areaCode, strategy: input.data.strategy });
  } catch (error) {
    // Rules that leave no working day are the user's to fix, not a server fault.
    if (error instanceof NoWorkingDaysError) return errorResponse(422, error.message);
    throw error;
  }
  const names = await listAreaNames(db, [input.data.areaCode, ...plan.districts.map((d) => d.districtCode)]);
  const rows = planToRows({ plan, workloads, areaName: names.get(input.data.areaCode) ?? input.data.areaCode, districtNames: names });
  const totalRows = rows.slots.length + rows.slots.reduce((s, x) => s + x.sls.length, 0) + rows.charters.length;
  const saved = await createPlan(db, { operationId: operation.id, areaCode: input.data.areaCode, name: input.data.name, params: { ...params.data, strategy: input.data.strategy }, summary: rows.summary, totalRows, createdBy: gate.viewer.userId });
  after(() => savePlanRows(db, saved.id, rows).catch((error: unknown) => console.error(`rencana ${saved.id} gagal disimpan:`, error)));
  return NextResponse.json({ plan: { id: saved.id, status: saved.status, version: saved.version, summary: rows.summary } }, { status: 202 });
}

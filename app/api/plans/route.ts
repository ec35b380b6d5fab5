import { after, NextResponse, type NextRequest } from 'next/server';
import { getActiveOperation } from '@/db/queries/operations';
import { listPlans } from '@/db/queries/plans';
import { planArea } from '@/db/use-cases/plan-area';
import { startPlanSave } from '@/db/use-cases/save-plan';
import { listAdoptedPlanIds } from '@/db/queries/plan-adoptions';
import { applyOverrides, planRequestInput } from '@/lib/operations/plan-request';
import { describeIssues, describeRefusal } from '@/i18n/describe';
import type { PlanAreaRefusal } from '@/lib/planning/plan-area-refusal';
import { guardRoute, scopeError } from '../../_lib/auth';
import { errorResponse, jsonError, parseJsonBody, requestLang } from '../../_lib/http';

/** GET /api/plans: the active operation's saved plans (scenarios) over the viewer's areas, newest first. */
export async function GET(request: Request) {
  const gate = await guardRoute(request, 'GET /api/plans');
  if (!gate.ok) return gate.response;
  const db = gate.db;
  const operation = await getActiveOperation(db);
  if (!operation) return errorResponse(request, 404, 'noOperation');
  const [plans, adopted] = await Promise.all([listPlans(db, gate.scope, operation.id), listAdoptedPlanIds(db, operation.id)]);
  return NextResponse.json({ plans: plans.map((p) => ({ ...p, adopted: adopted.has(p.id) })) });
}

/**
 * POST /api/plans { areaCode, name, strategy?, params? }: plans a province, regency or kecamatan with the
 * operation's rules and the scenario's overrides, answers 202 with the plan id at once, and writes its rows in the
 * background with progress. Anything the user can fix (an area below a kecamatan, rules leaving no working day, ...)
 * is a 4xx and saves nothing.
 */
export async function POST(request: NextRequest) {
  const gate = await guardRoute(request, 'POST /api/plans');
  if (!gate.ok) return gate.response;
  const input = await parseJsonBody(request, planRequestInput);
  if (!input.ok) return input.response;
  const denied = scopeError(request, gate.viewer, 'plan.create', input.data.areaCode);
  if (denied) return denied;
  const db = gate.db;
  const planned = await planArea(db, {
    areaCode: input.data.areaCode,
    strategy: input.data.strategy,
    params: (base) => {
      const result = applyOverrides(base, input.data.params);
      return result.success ? { ok: true, params: result.data } : { ok: false, issues: describeIssues(result.error, requestLang(request)) };
    },
  });
  if (!planned.ok) return refusalResponse(request, planned.refusal);
  const save = await startPlanSave(db, { planned, name: input.data.name, createdBy: gate.viewer.userId });
  after(() => save.writeRows().catch((error: unknown) => console.error(`rencana ${save.plan.id} gagal disimpan:`, error)));
  const { id, status, version } = save.plan;
  return NextResponse.json({ plan: { id, status, version, summary: save.summary } }, { status: 202 });
}

function refusalResponse(request: Request, refusal: PlanAreaRefusal): Response {
  if (refusal.code === 'no_operation') return errorResponse(request, 404, 'noOperation');
  if (refusal.code === 'invalid_params') return jsonError(422, refusal.issues[0]?.message ?? describeRefusal(refusal, requestLang(request)), { details: refusal.issues });
  return jsonError(422, describeRefusal(refusal, requestLang(request)));
}

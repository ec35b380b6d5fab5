import 'server-only';
import { getPlan } from '@/db/queries/plans';
import type { Plan } from '@/db/schema';
import type { GuardedRoute } from '@/lib/auth/routes';
import type { Viewer } from '@/lib/auth/permissions';
import type { ViewerScope } from '@/lib/auth/scope';
import { planIdInput } from '@/lib/operations/plan-request';
import { hasRows } from '@/lib/operations/plan-status';
import type { Db } from '@/db/client';
import { guardRoute } from '../../../_lib/auth';
import { errorResponse, validationError } from '../../../_lib/http';

export type PlanGate = { ok: true; viewer: Viewer; scope: ViewerScope; db: Db; plan: Plan } | { ok: false; response: Response };

/** Routes that answer about the plan itself; every other /api/plans/:id route reads its rows. */
const planOnlyRoutes: readonly GuardedRoute[] = ['GET /api/plans/[id]', 'DELETE /api/plans/[id]'];

/**
 * The checks every /api/plans/:id route starts with: a valid session or token for the route's action, a
 * well-formed id, and a plan whose area overlaps the viewer's (else 404: another region's plans are not theirs to
 * know about). A route that reads the plan's rows gets 409 with the status while the plan is not saved: a plan
 * saving or failed has no rows to show, whatever partial rows the database holds.
 */
export async function gatePlan(request: Request, route: Extract<GuardedRoute, `${string} /api/plans/[id]${string}`>, rawId: string): Promise<PlanGate> {
  const gate = await guardRoute(request, route);
  if (!gate.ok) return gate;
  const id = planIdInput.safeParse(rawId);
  if (!id.success) return { ok: false, response: validationError(request, id.error) };
  const plan = await getPlan(gate.db, gate.scope, id.data);
  if (!plan) return { ok: false, response: errorResponse(request, 404, 'planNotFound') };
  if (!planOnlyRoutes.includes(route) && !hasRows(plan.status)) return { ok: false, response: notSaved(request, plan) };
  return { ...gate, plan };
}

function notSaved(request: Request, { status, failure }: Plan): Response {
  return errorResponse(request, 409, status === 'failed' ? 'planFailed' : 'planNotSaved', { extra: { status, failure } });
}

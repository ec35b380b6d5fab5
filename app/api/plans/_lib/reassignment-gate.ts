import 'server-only';
import { NextResponse } from 'next/server';
import type { Db } from '@/db/client';
import { getActiveOperation } from '@/db/queries/operations';
import { reassignmentContext, type ReassignmentContext } from '@/db/use-cases/reassignment-context';
import type { Viewer } from '@/lib/auth/permissions';
import type { GuardedRoute } from '@/lib/auth/routes';
import type { ViewerScope } from '@/lib/auth/scope';
import { describeReassignmentRefusal, type ReassignmentRefusal } from '@/lib/i18n/reassignment-reasons';
import { operationToday } from '@/lib/operations/operation-today';
import { NoWorkingDaysError } from '@/lib/planning/errors';
import { errorResponse, requestLang } from '../../../_lib/http';
import { gatePlan } from './plan-gate';

export type ReassignmentGate = { ok: true; viewer: Viewer; scope: ViewerScope; db: Db; ctx: ReassignmentContext } | { ok: false; response: Response };

/**
 * gatePlan, then what the coordinator workspace needs: the plan's rules and calendar and the operation's today
 * (its clock date in the demo, the real date in Jakarta otherwise). Rules with no working day answer 409.
 */
export async function gateReassignment(request: Request, route: Extract<GuardedRoute, `${string} /api/plans/[id]/${string}`>, rawId: string): Promise<ReassignmentGate> {
  const gate = await gatePlan(request, route, rawId);
  if (!gate.ok) return gate;
  const operation = await getActiveOperation(gate.db, gate.plan.operationId);
  if (!operation) return { ok: false, response: errorResponse(request, 404, 'noOperation') };
  const today = operationToday({ clockDate: operation.clockDate, now: new Date() });
  try {
    return { ok: true, viewer: gate.viewer, scope: gate.scope, db: gate.db, ctx: reassignmentContext({ plan: gate.plan, today, userId: gate.viewer.userId }) };
  } catch (error) {
    if (error instanceof NoWorkingDaysError) return { ok: false, response: errorResponse(request, 409, 'planNoWorkingDays') };
    throw error;
  }
}

/** A refusal as the API answers it: the sentence in the caller's language, the code and its numbers, and extras. */
export function refusalResponse(request: Request, status: number, refusal: ReassignmentRefusal, extra: Record<string, unknown> = {}): Response {
  return NextResponse.json({ error: describeReassignmentRefusal(refusal, requestLang(request)), ...refusal, ...extra }, { status });
}

/** The 404 of a PPL slot or SLS outside the viewer's scope (or not in the plan): the same answer either way. */
export const notFound = (request: Request, missing: 'ppl' | 'sls') => errorResponse(request, 404, missing === 'ppl' ? 'pplNotInPlan' : 'slsNotInPlan');

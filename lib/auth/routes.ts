import type { Action } from './permissions';

/**
 * Every HTTP route and server action of the app with the action it needs ('public': no session, 'cli': the local
 * key of `npm run token`). Route handlers look their rule up here by key, and the permission matrix test walks this
 * list against the files in app/: a route or action missing here fails CI.
 */
export const routeRules = {
  'GET /api/health': 'public',
  'POST /api/auth/[...all]': 'public',
  'GET /api/me': 'session.read',
  'GET /api/areas': 'area.read',
  'GET /api/areas/[code]': 'area.read',
  'GET /api/areas/[code]/export': 'area.export',
  'POST /api/workloads': 'workload.import',
  'GET /api/plans': 'plan.read',
  'POST /api/plans': 'plan.create',
  'GET /api/plans/[id]': 'plan.read',
  'DELETE /api/plans/[id]': 'plan.delete',
  'GET /api/plans/[id]/slots': 'plan.read',
  'GET /api/plans/[id]/slots/[slotId]': 'slot.read',
  'GET /api/plans/[id]/charters': 'plan.read',
  'GET /api/plans/[id]/export': 'plan.export',
  'POST /api/plans/[id]/roster': 'roster.fill',
  'POST /api/plans/[id]/adopt': 'plan.adopt',
  'GET /api/plans/[id]/assignments': 'assignment.read',
  'POST /api/plans/[id]/moves': 'assignment.move',
  'GET /api/plans/[id]/moves/suggestions': 'assignment.read',
  'POST /api/plans/[id]/dropouts': 'dropout.manage',
  'POST /api/plans/[id]/dropouts/apply': 'dropout.manage',
  'GET /api/plans/[id]/monitoring': 'monitoring.read',
  'GET /api/audit': 'audit.read',
  'GET /api/coverage': 'coverage.read',
  'GET /api/staff': 'staff.read',
  'POST /api/staff': 'staff.import',
  'GET /api/tokens': 'token.manage',
  'POST /api/tokens': 'token.manage',
  'DELETE /api/tokens/[id]': 'token.manage',
  'POST /api/internal/tokens': 'cli',
  'POST /api/interviews': 'interview.submit',
  'POST /api/interviews/import': 'interview.import',
  'POST /api/internal/interviews': 'cli',
  'POST /api/internal/simulate': 'cli',
  'action setLanguage': 'public',
} as const satisfies Record<string, Action | 'public' | 'cli'>;

export type RouteKey = keyof typeof routeRules;

/** The routes a session or token must open: their rule is an action of the permission table. */
export type GuardedRoute = { [K in RouteKey]: (typeof routeRules)[K] extends Action ? K : never }[RouteKey];

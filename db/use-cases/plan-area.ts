import 'server-only';
import { countryCode, isAreaCode, levelOfCode } from '@/lib/areas/codes';
import type { OperationParams } from '@/lib/operations/params';
import { plannableLevels, type PlanAreaRefusal } from '@/lib/planning/plan-area-refusal';
import { countStaff, type StaffCounts } from '@/lib/planning/staff-counts';
import { plainRules, usedTerrain } from '@/lib/planning/terrain/plain-rules';
import { tryPlanStaffing } from '@/lib/planning/try-plan-staffing';
import type { PlanStrategy, StaffingPlan } from '@/lib/planning/types';
import type { SlsWorkload } from '@/lib/workload/types';
import type { Db } from '../client';
import { listAreaNames } from '../queries/areas';
import { getActiveOperation, type OperationSummary } from '../queries/operations';
import { listWorkloads } from '../queries/workloads';

/** The scenario's rules from the operation's: overrides applied and validated as a whole. */
export type ResolveParams = (base: OperationParams) => { ok: true; params: OperationParams } | { ok: false; issues: readonly { path: string; message: string }[] };

export interface PlanAreaInput {
  /** a province, regency or kecamatan code ('ID' only with `allowCountry`) */
  areaCode: string;
  strategy?: PlanStrategy;
  params?: ResolveParams;
  /** the CLI may plan the whole country; the app, which saves plans, may not */
  allowCountry?: boolean;
}

export interface PlannedArea {
  operation: OperationSummary;
  areaCode: string;
  areaName: string;
  /** "64.71 Kota Balikpapan", or "Indonesia" */
  areaLabel: string;
  params: OperationParams;
  strategy: PlanStrategy;
  workloads: SlsWorkload[];
  plan: StaffingPlan;
  /** the staff the same area needs with the operation's norm everywhere; null when the plan used it already */
  plain: StaffCounts | null;
}

/**
 * Plans an area of the active operation, without saving: the one path `POST /api/plans` and `npm run plan -- --area`
 * share. Everything a user can get wrong is a typed refusal (lib/planning/plan-area-refusal.ts), never a throw: a
 * malformed or unknown area, one below a kecamatan, bad rules, no families, and the planner's own domain errors.
 */
export async function planArea(db: Db, input: PlanAreaInput): Promise<({ ok: true } & PlannedArea) | { ok: false; refusal: PlanAreaRefusal }> {
  const { strategy = 'standard', allowCountry = false } = input;
  const areaCode = input.areaCode.trim();
  const refuse = (refusal: PlanAreaRefusal) => ({ ok: false as const, refusal });
  const isCountry = areaCode === countryCode;
  if (!isCountry && !isAreaCode(areaCode)) return refuse({ code: 'invalid_area', areaCode });
  const operation = await getActiveOperation(db);
  if (!operation) return refuse({ code: 'no_operation' });
  const areaName = (await listAreaNames(db, [areaCode])).get(areaCode);
  if (areaName === undefined) return refuse({ code: 'unknown_area', areaCode });
  const level = isCountry ? 'country' : levelOfCode(areaCode);
  if (isCountry ? !allowCountry : !(plannableLevels as readonly string[]).includes(level)) return refuse({ code: 'area_level', areaCode, level });
  const resolved = (input.params ?? ((base) => ({ ok: true, params: base })))(operation.params);
  if (!resolved.ok) return refuse({ code: 'invalid_params', issues: resolved.issues });
  const areaLabel = isCountry ? areaName : `${areaCode} ${areaName}`;
  const workloads = await listWorkloads(db, operation.id, areaCode);
  if (!workloads.some((w) => w.families > 0)) return refuse({ code: 'no_families', areaLabel, operationName: operation.name });
  const planned = tryPlanStaffing({ workloads, params: resolved.params, areaCode, strategy });
  if (!planned.ok) return refuse(planned.refusal);
  // The plain plan beside it: what the terrain changed, shown with the plan and in the comparison of scenarios.
  const plain = usedTerrain(planned.plan, resolved.params) ? tryPlanStaffing({ workloads, params: plainRules(resolved.params), areaCode, strategy }) : null;
  return { ok: true, operation, areaCode, areaName, areaLabel, params: resolved.params, strategy, workloads, plan: planned.plan, plain: plain?.ok ? countStaff(plain.plan) : null };
}

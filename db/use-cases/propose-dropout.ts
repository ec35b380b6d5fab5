import 'server-only';
import type { ViewerScope } from '@/lib/auth/scope';
import type { ReassignmentRefusal } from '@/lib/i18n/reassignment-reasons';
import { dailyTargetFamilies, familiesLeftOf } from '@/lib/reassignment/capacity';
import { loadOf, remainingFamiliesOf, type PplSlotState } from '@/lib/reassignment/ppl-state';
import { proposeDropoutSpread, type DropoutSpread } from '@/lib/reassignment/propose-dropout-spread';
import type { Db } from '../client';
import { findPlanInForce, listPplStates } from '../queries/ppl-states';
import { workingDaysLeftOf, type ReassignmentContext } from './reassignment-context';

export interface UnfinishedShare {
  slsCode: string;
  villageCode: string;
  familiesLeft: number;
  /** the version of the dropout's share: what the apply names in `versions` */
  version: number;
}

export interface ReceiverPreview {
  slotId: number;
  label: string;
  staffName: string | null;
  remainingFamilies: number;
  familiesPerDay: number;
  /** after the proposed moves */
  newRemainingFamilies: number;
  newFamiliesPerDay: number;
}

export type DropoutProposal = DropoutSpread & {
  slotId: number;
  label: string;
  staffName: string | null;
  unfinished: UnfinishedShare[];
  versions: Record<string, number>;
  receivers: ReceiverPreview[];
};

export type DropoutCheck =
  | { ok: true; dropout: PplSlotState; states: PplSlotState[] }
  | { ok: false; status: 404 }
  | { ok: false; status: 409 | 422; refusal: ReassignmentRefusal };

/**
 * The checks a dropout and its apply share: a date inside the window and not after today, a PPL slot the viewer may
 * see on the plan in force of its kecamatan, not already dropped out. `states` are the other PPL of the kecamatan
 * the viewer may see (a PML: their team), who may receive the work.
 */
export async function checkDropout(db: Db, scope: ViewerScope, ctx: ReassignmentContext, { slotId, from }: { slotId: number; from: string }, { lock = false, receiverIds }: { lock?: boolean; receiverIds?: readonly number[] } = {}): Promise<DropoutCheck> {
  if (from < ctx.calendar.windowStart) return { ok: false, status: 422, refusal: { code: 'dropout_before_window', windowStart: ctx.calendar.windowStart } };
  if (from > ctx.today) return { ok: false, status: 422, refusal: { code: 'dropout_after_today', today: ctx.today } };
  const { id: planId, operationId } = ctx.plan;
  const slotIds = receiverIds ? [slotId, ...receiverIds] : undefined;
  const [dropout] = await listPplStates(db, scope, { planId, operationId, slotIds: [slotId], anyPlanInForce: true });
  if (!dropout) return { ok: false, status: 404 };
  const states = await listPplStates(db, scope, slotIds ? { planId, operationId, slotIds, lock, anyPlanInForce: true } : { planId, operationId, districtCode: dropout.districtCode, lock, anyPlanInForce: true });
  const locked = states.find((s) => s.slotId === slotId);
  if (!locked) return { ok: false, status: 404 };
  if ((await findPlanInForce(db, { operationId, districtCode: locked.districtCode, share: lock })) !== planId) return { ok: false, status: 409, refusal: { code: 'plan_not_in_force', districtCode: locked.districtCode } };
  if (!locked.active) return { ok: false, status: 409, refusal: { code: 'already_dropped_out' } };
  return { ok: true, dropout: locked, states: states.filter((s) => s.slotId !== slotId) };
}

/**
 * How to spread a dropout's unfinished work over the team, then the kecamatan, as far as the viewer may move it
 * (lib proposeDropoutSpread), with the recruits still needed and each receiver's load before and after. Writes
 * nothing: the coordinator edits it and applies it (applyDropout).
 */
export async function proposeDropout(db: Db, scope: ViewerScope, ctx: ReassignmentContext, input: { slotId: number; from: string }): Promise<{ ok: true; proposal: DropoutProposal } | Exclude<DropoutCheck, { ok: true }>> {
  const checked = await checkDropout(db, scope, ctx, input);
  if (!checked.ok) return checked;
  const { dropout, states } = checked;
  const unfinished = dropout.shares.map((s) => ({ slsCode: s.slsCode, villageCode: s.villageCode, familiesLeft: familiesLeftOf(s), version: s.version })).filter((s) => s.familiesLeft > 0);
  const days = new Map(states.map((s) => [s.slotId, workingDaysLeftOf(ctx, s)]));
  const spread = proposeDropoutSpread({
    from: { slotId: dropout.slotId, pmlSlotId: dropout.pmlSlotId, districtCode: dropout.districtCode },
    unfinished,
    candidates: states.filter((s) => s.districtCode === dropout.districtCode).map((s) => loadOf(s, days.get(s.slotId)!)),
    workingDatesLeft: ctx.calendar.dates.filter((d) => d >= ctx.today),
    maxDailyFamilies: ctx.params.maxDailyFamilies,
    recruitLeadDays: ctx.params.recruitLeadDays,
  });
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const receivers = states
    .filter((s) => spread.moves.some((m) => m.toSlotId === s.slotId))
    .map((s): ReceiverPreview => {
      const remainingFamilies = remainingFamiliesOf(s);
      const added = spread.moves.filter((m) => m.toSlotId === s.slotId).reduce((sum, m) => sum + m.families, 0);
      const perDay = (families: number) => round1(dailyTargetFamilies({ remainingFamilies: families, workingDaysLeft: days.get(s.slotId)! }));
      return { slotId: s.slotId, label: s.label, staffName: s.staffName, remainingFamilies, familiesPerDay: perDay(remainingFamilies), newRemainingFamilies: remainingFamilies + added, newFamiliesPerDay: perDay(remainingFamilies + added) };
    });
  return {
    ok: true,
    proposal: { ...spread, slotId: dropout.slotId, label: dropout.label, staffName: dropout.staffName, unfinished, versions: Object.fromEntries(unfinished.map((u) => [u.slsCode, u.version])), receivers },
  };
}

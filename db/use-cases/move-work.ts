import 'server-only';
import type { ViewerScope } from '@/lib/auth/scope';
import type { ReassignmentRefusal } from '@/lib/i18n/reassignment-reasons';
import { familiesLeftOf } from '@/lib/reassignment/capacity';
import { checkMove } from '@/lib/reassignment/check-move';
import type { MoveInput } from '@/lib/reassignment/inputs';
import { planMove } from '@/lib/reassignment/plan-move';
import { remainingFamiliesOf } from '@/lib/reassignment/ppl-state';
import type { Db } from '../client';
import { recordAudit } from '../queries/audit';
import { findPlanInForce, listPplStates } from '../queries/ppl-states';
import { listSlsShares, lockSlsShares, writeShareChanges, type ShareRow } from '../queries/sls-shares';
import { outlookOf, workingDaysLeftOf, type PplOutlook, type ReassignmentContext } from './reassignment-context';
import { retryOnDeadlock } from './retry-on-deadlock';
import { updateSlotLoads } from './roll-up-planned-days';

const round1 = (n: number) => Math.round(n * 10) / 10;

export type MoveResult =
  | { ok: true; families: number; overridden: boolean; auditId: number; rows: ShareRow[]; from: PplOutlook; to: PplOutlook }
  /** a PPL slot, or the SLS in the plan, the viewer cannot see */
  | { ok: false; status: 404; missing: 'ppl' | 'sls' }
  | { ok: false; status: 409 | 422; refusal: ReassignmentRefusal; rows?: ShareRow[] };

/**
 * Moves some (by default all remaining) families of an SLS from one PPL to another inside the viewer's scope, on the
 * plan in force (DESIGN.md section 5). Concurrency: in one transaction the two PPL slots are locked (id order), then
 * the adoption (share) and every share of the SLS (for update); the giver's version is checked under those locks, so
 * of two moves of one SLS at once the second finds the version the first wrote and answers 409 with the rows as
 * they now are. Interviews are never touched: what the giver recorded stays theirs. Audited, with override and note.
 */
export async function moveWork(db: Db, scope: ViewerScope, ctx: ReassignmentContext, input: MoveInput): Promise<MoveResult> {
  if (input.fromSlotId === input.toSlotId) return { ok: false, status: 422, refusal: { code: 'same_ppl' } };
  const { id: planId, operationId } = ctx.plan;
  return retryOnDeadlock(() =>
    db.transaction(async (t): Promise<MoveResult> => {
      const states = await listPplStates(t, scope, { planId, operationId, slotIds: [input.fromSlotId, input.toSlotId], lock: true, anyPlanInForce: true });
      const from = states.find((s) => s.slotId === input.fromSlotId);
      const to = states.find((s) => s.slotId === input.toSlotId);
      if (!from || !to) return { ok: false, status: 404, missing: 'ppl' };
      if ((await findPlanInForce(t, { operationId, districtCode: from.districtCode, share: true })) !== planId) {
        return { ok: false, status: 409, refusal: { code: 'plan_not_in_force', districtCode: from.districtCode } };
      }
      const shares = await lockSlsShares(t, { planId, slsCode: input.slsCode });
      const current = () => listSlsShares(t, scope, { planId, slsCode: input.slsCode });
      if (shares.length === 0) return { ok: false, status: 404, missing: 'sls' };
      const held = shares.find((s) => s.slotId === from.slotId);
      const done = from.shares.find((s) => s.slsCode === input.slsCode)?.doneFamilies ?? 0;
      const familiesLeft = held ? familiesLeftOf({ families: held.families, doneFamilies: done }) : 0;
      const families = input.families ?? familiesLeft;
      const planned = planMove({ shares, fromSlotId: from.slotId, toSlotId: to.slotId, families, version: input.version });
      if (!planned.ok) return { ok: false, status: 409, refusal: { code: 'stale_version', slsCode: input.slsCode }, rows: await current() };
      const check = checkMove({
        from,
        to: { slotId: to.slotId, districtCode: to.districtCode, active: to.active, remainingFamilies: remainingFamiliesOf(to) },
        families,
        familiesLeft,
        workingDaysLeft: workingDaysLeftOf(ctx, to),
        maxDailyFamilies: ctx.params.maxDailyFamilies,
        override: input.override,
        note: input.note ?? null,
      });
      if (!check.ok) {
        const { ok: _, ...refusal } = check;
        return { ok: false, status: 422, refusal: refusal.code === 'over_max_daily' ? { ...refusal, newFamiliesPerDay: round1(refusal.newFamiliesPerDay) } : refusal };
      }
      await writeShareChanges(t, { planId, slsCode: input.slsCode, changes: planned.changes });
      await updateSlotLoads(t, { planId, slotIds: [from.slotId, to.slotId], calendar: ctx.calendar });
      const [auditId] = await recordAudit(t, [{
        userId: ctx.userId,
        action: check.overridden ? 'assignment.override' : 'assignment.move',
        entity: 'sls',
        entityId: `${planId}:${input.slsCode}`,
        before: { shares },
        after: { shares: planned.shares, fromSlotId: from.slotId, toSlotId: to.slotId, families, newFamiliesPerDay: round1(check.newFamiliesPerDay), note: input.note ?? null, today: ctx.today },
        areaCode: from.districtCode,
        planId,
        slsCode: input.slsCode,
        slotIds: [from.slotId, to.slotId],
      }]);
      const after = await listPplStates(t, scope, { planId, operationId, slotIds: [from.slotId, to.slotId], anyPlanInForce: true });
      const outlook = (slotId: number) => outlookOf(ctx, after.find((s) => s.slotId === slotId)!);
      return { ok: true, families, overridden: check.overridden, auditId: auditId!, rows: await current(), from: outlook(from.slotId), to: outlook(to.slotId) };
    }),
  );
}

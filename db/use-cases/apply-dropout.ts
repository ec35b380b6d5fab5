import 'server-only';
import type { ViewerScope } from '@/lib/auth/scope';
import type { ReassignmentRefusal } from '@/lib/i18n/reassignment-reasons';
import { familiesLeftOf } from '@/lib/reassignment/capacity';
import { checkDropoutMoves, type DropoutMovesCheck } from '@/lib/reassignment/check-dropout-moves';
import type { ApplyDropoutInput } from '@/lib/reassignment/inputs';
import { planMove, type SlsShare } from '@/lib/reassignment/plan-move';
import { remainingFamiliesOf } from '@/lib/reassignment/ppl-state';
import type { Db } from '../client';
import { recordAudit, type NewAuditEntry } from '../queries/audit';
import { recordDropout } from '../queries/dropouts';
import { listPplStates } from '../queries/ppl-states';
import { listSlsShares, lockSlsShares, writeShareChanges, type ShareRow } from '../queries/sls-shares';
import { checkDropout } from './propose-dropout';
import { outlookOf, workingDaysLeftOf, type PplOutlook, type ReassignmentContext } from './reassignment-context';
import { retryOnDeadlock } from './retry-on-deadlock';
import { updateSlotLoads } from './roll-up-planned-days';

export type ApplyDropoutResult =
  | { ok: true; slotId: number; from: string; reason: string; moved: number; overridden: boolean; ppl: PplOutlook[] }
  | { ok: false; status: 404 }
  /** `move`: the index of the listed move that broke a rule */
  | { ok: false; status: 409 | 422; refusal: ReassignmentRefusal; rows?: ShareRow[]; move?: number };

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A refused list of moves as the API answers it: 404 for a receiver outside the scope, else 422 naming the move. */
function refusalOf(check: Exclude<DropoutMovesCheck, { ok: true }>): ApplyDropoutResult {
  if (check.code === 'unknown_receiver') return { ok: false, status: 404 };
  if (check.code === 'unfinished_left' || check.code === 'not_unfinished') return { ok: false, status: 422, refusal: check.code === 'not_unfinished' ? { code: check.code, slsCode: check.slsCode, index: check.index } : { code: check.code, slsCode: check.slsCode, familiesLeft: check.familiesLeft } };
  const { ok: _ok, index, slsCode: _sls, ...refusal } = check;
  return { ok: false, status: 422, refusal: refusal.code === 'over_max_daily' ? { ...refusal, newFamiliesPerDay: round1(refusal.newFamiliesPerDay) } : refusal, move: index };
}

/**
 * Applies a (possibly edited) dropout proposal all or nothing, in one transaction: the PPL is recorded dropped out
 * from `from` (slot_dropouts, and the roster person's status), and every family they have left moves as listed,
 * each move checked like a single one (an override needs `override` and the dropout's note). Concurrency: the PPL
 * slots touched are locked in id order, then the shares of each SLS moved in code order, and each SLS's version is
 * checked under those locks (409 with its rows when stale); the slot's dropout row decides between two applies.
 */
export async function applyDropout(db: Db, scope: ViewerScope, ctx: ReassignmentContext, input: ApplyDropoutInput): Promise<ApplyDropoutResult> {
  const { id: planId } = ctx.plan;
  const receiverIds = [...new Set(input.moves.map((m) => m.toSlotId))].filter((id) => id !== input.slotId);
  return retryOnDeadlock(() =>
    db.transaction(async (t): Promise<ApplyDropoutResult> => {
      const checked = await checkDropout(t, scope, ctx, input, { lock: true, receiverIds });
      if (!checked.ok) return checked;
      const { dropout, states } = checked;
      if (receiverIds.some((id) => !states.some((s) => s.slotId === id))) return { ok: false, status: 404 };
      const unfinished = dropout.shares.filter((s) => familiesLeftOf(s) > 0);
      const slsCodes = [...new Set([...unfinished.map((s) => s.slsCode), ...input.moves.map((m) => m.slsCode)])].sort();
      const locked = new Map<string, SlsShare[]>();
      for (const slsCode of slsCodes) locked.set(slsCode, await lockSlsShares(t, { planId, slsCode }));
      for (const share of unfinished) {
        const version = input.versions[share.slsCode];
        if (version === undefined) return { ok: false, status: 422, refusal: { code: 'missing_version', slsCode: share.slsCode } };
        const now = locked.get(share.slsCode)!.find((s) => s.slotId === dropout.slotId);
        if (now?.version !== version) return { ok: false, status: 409, refusal: { code: 'stale_version', slsCode: share.slsCode }, rows: await listSlsShares(t, scope, { planId, slsCode: share.slsCode }) };
      }
      const check = checkDropoutMoves({
        from: dropout,
        unfinished: dropout.shares.map((s) => ({ slsCode: s.slsCode, familiesLeft: familiesLeftOf(s) })),
        moves: input.moves,
        receivers: new Map(states.map((s) => [s.slotId, { slotId: s.slotId, districtCode: s.districtCode, active: s.active, remainingFamilies: remainingFamiliesOf(s), workingDaysLeft: workingDaysLeftOf(ctx, s) }])),
        maxDailyFamilies: ctx.params.maxDailyFamilies,
        override: input.override,
        note: input.note ?? null,
      });
      if (!check.ok) return refusalOf(check);
      if (!(await recordDropout(t, { slotId: dropout.slotId, planId, staffId: dropout.staffId, fromDate: input.from, reason: input.reason, note: input.note ?? null, recordedBy: ctx.userId }))) {
        return { ok: false, status: 409, refusal: { code: 'already_dropped_out' } };
      }
      const entries: NewAuditEntry[] = [];
      for (const [index, move] of input.moves.entries()) {
        const shares = locked.get(move.slsCode)!;
        const version = shares.find((s) => s.slotId === dropout.slotId)!.version;
        const planned = planMove({ shares, fromSlotId: dropout.slotId, toSlotId: move.toSlotId, families: move.families, version });
        if (!planned.ok) throw new Error(`a checked dropout move of ${move.slsCode} could not be planned`);
        await writeShareChanges(t, { planId, slsCode: move.slsCode, changes: planned.changes });
        locked.set(move.slsCode, planned.shares);
        const { overridden, newFamiliesPerDay: perDay } = check.moves[index]!;
        const newFamiliesPerDay = round1(perDay);
        entries.push({
          userId: ctx.userId,
          action: overridden ? 'assignment.override' : 'assignment.move',
          entity: 'sls',
          entityId: `${planId}:${move.slsCode}`,
          before: { shares },
          after: { shares: planned.shares, fromSlotId: dropout.slotId, toSlotId: move.toSlotId, families: move.families, newFamiliesPerDay, note: input.note ?? null, today: ctx.today, dropoutSlotId: dropout.slotId },
          areaCode: dropout.districtCode,
          planId,
          slsCode: move.slsCode,
          slotIds: [dropout.slotId, move.toSlotId],
        });
      }
      const touched = [dropout.slotId, ...receiverIds];
      await updateSlotLoads(t, { planId, slotIds: touched, calendar: ctx.calendar });
      await recordAudit(t, [
        {
          userId: ctx.userId,
          action: 'ppl.dropout',
          entity: 'slot',
          entityId: String(dropout.slotId),
          before: { active: true, staffId: dropout.staffId, shares: dropout.shares.map(({ slsCode, families, version, doneFamilies }) => ({ slsCode, families, version, doneFamilies })) },
          after: { active: false, from: input.from, reason: input.reason, note: input.note ?? null, moves: input.moves, today: ctx.today },
          areaCode: dropout.districtCode,
          planId,
          slotIds: touched,
        },
        ...entries,
      ]);
      const after = await listPplStates(t, scope, { planId, operationId: ctx.plan.operationId, slotIds: touched, anyPlanInForce: true });
      return { ok: true, slotId: dropout.slotId, from: input.from, reason: input.reason, moved: input.moves.reduce((s, m) => s + m.families, 0), overridden: check.overridden, ppl: after.map((s) => outlookOf(ctx, s)) };
    }),
  );
}

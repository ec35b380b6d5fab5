import 'server-only';
import { ancestorCode } from '@/lib/areas/codes';
import type { ViewerScope } from '@/lib/auth/scope';
import { dailyTargetFamilies, familiesLeftOf } from '@/lib/reassignment/capacity';
import { loadOf, remainingFamiliesOf } from '@/lib/reassignment/ppl-state';
import { rankReceivers } from '@/lib/reassignment/rank-receivers';
import type { ReceiverSuggestion } from '@/lib/reassignment/types';
import type { Db } from '../client';
import { listPplStates } from '../queries/ppl-states';
import { workingDaysLeftOf, type ReassignmentContext } from './reassignment-context';

export interface ReceiverAdvice extends ReceiverSuggestion {
  label: string;
  staffName: string | null;
  remainingFamilies: number;
  workingDaysLeft: number;
  /** the receiver's daily target before the move (families a day) */
  familiesPerDay: number;
}

export type SuggestionsResult =
  | { ok: true; slsCode: string; fromSlotId: number; families: number; familiesLeft: number; version: number; suggestions: ReceiverAdvice[] }
  | { ok: false; missing: 'ppl' | 'sls' };

/**
 * Who could take `families` (default: all the giver has left) of an SLS: the active PPL of the giver's kecamatan the
 * viewer may see (a PML: their team), ranked by lib/reassignment/rank-receivers.ts, each with their spare capacity
 * and daily target before and after. Reads only; the move itself checks again under its locks.
 */
export async function suggestReceivers(db: Db, scope: ViewerScope, ctx: ReassignmentContext, { slsCode, fromSlotId, families }: { slsCode: string; fromSlotId: number; families?: number }): Promise<SuggestionsResult> {
  const districtCode = ancestorCode(slsCode, 'kecamatan');
  const states = await listPplStates(db, scope, { planId: ctx.plan.id, operationId: ctx.plan.operationId, districtCode });
  const from = states.find((s) => s.slotId === fromSlotId);
  if (!from) return { ok: false, missing: 'ppl' };
  const share = from.shares.find((s) => s.slsCode === slsCode);
  if (!share) return { ok: false, missing: 'sls' };
  const familiesLeft = familiesLeftOf(share);
  const moving = families ?? familiesLeft;
  const days = new Map(states.map((s) => [s.slotId, workingDaysLeftOf(ctx, s)]));
  const ranked = rankReceivers({
    from: { slotId: from.slotId, pmlSlotId: from.pmlSlotId, districtCode: from.districtCode },
    villageCode: share.villageCode,
    families: moving,
    candidates: states.map((s) => loadOf(s, days.get(s.slotId)!)),
    workingDaysLeft: 0,
    maxDailyFamilies: ctx.params.maxDailyFamilies,
  });
  const byId = new Map(states.map((s) => [s.slotId, s]));
  const round1 = (n: number) => Math.round(n * 10) / 10;
  const suggestions = ranked.map((r): ReceiverAdvice => {
    const state = byId.get(r.slotId)!;
    const remainingFamilies = remainingFamiliesOf(state);
    const workingDaysLeft = days.get(r.slotId)!;
    return { ...r, newFamiliesPerDay: round1(r.newFamiliesPerDay), label: state.label, staffName: state.staffName, remainingFamilies, workingDaysLeft, familiesPerDay: round1(dailyTargetFamilies({ remainingFamilies, workingDaysLeft })) };
  });
  return { ok: true, slsCode, fromSlotId, families: moving, familiesLeft, version: share.version, suggestions };
}

import 'server-only';
import { eq } from 'drizzle-orm';
import { scopeOf } from '@/lib/auth/scope';
import { chooseDropout } from '@/lib/simulation/choose-dropout';
import { simulationSeed } from '@/lib/simulation/simulate-fieldwork';
import type { SimulatedPpl } from '@/lib/simulation/types';
import type { Db } from '../client';
import { findDropoutRecorder, listSlotsWithAccounts } from '../queries/simulation';
import { plans } from '../schema';
import { applyDropout } from './apply-dropout';
import { proposeDropout } from './propose-dropout';
import { reassignmentContext } from './reassignment-context';

export { simulationInput } from '@/lib/simulation/simulation-input';

/** The simulation's one dropout, not recorded yet. */
export interface PlannedDropout {
  planId: number;
  slotId: number;
  label: string;
  districtCode: string;
  fromDate: string;
}

/** The coordinator's note on the simulated dropout (a dropout whose work goes over a colleague's maximum needs one). */
const dropoutNote = 'Mengundurkan diri; keluarga yang tersisa dibagi ke rekan (data simulasi)';

/**
 * Who drops out (lib chooseDropout): a PPL of the team of a PML who signs in, so their coordinator sees it, never a
 * PPL who signs in themself; `planOf` gives each slot's plan.
 */
export async function plannedDropout(db: Db, { ppl, planOf }: { ppl: readonly SimulatedPpl[]; planOf: ReadonlyMap<number, number> }): Promise<PlannedDropout | null> {
  const withAccounts = await listSlotsWithAccounts(db, [...new Set(planOf.values())]);
  const teams = new Set(ppl.map((p) => p.teamSlotId));
  const preferTeamSlotId = withAccounts.find((s) => s.role === 'pml' && teams.has(s.slotId))?.slotId ?? null;
  const chosen = chooseDropout({ ppl, seed: simulationSeed, preferTeamSlotId, avoidSlotIds: withAccounts.filter((s) => s.role === 'ppl').map((s) => s.slotId) });
  const slot = chosen && ppl.find((p) => p.slotId === chosen.slotId);
  return chosen && slot ? { planId: planOf.get(slot.slotId)!, slotId: slot.slotId, label: slot.key, districtCode: slot.districtCode, fromDate: chosen.fromDate } : null;
}

/**
 * Records the dropout as a coordinator would, on its day: the kecamatan's KOSEKA (else an office head) asks for the
 * app's proposal (proposeDropout) and applies it (applyDropout); families the proposal could place with no one go
 * to its first receiver with an override and the note. False when it could not be recorded.
 */
export async function recordSimulatedDropout(db: Db, dropout: PlannedDropout): Promise<boolean> {
  const recorder = await findDropoutRecorder(db, dropout.districtCode);
  const [plan] = await db.select().from(plans).where(eq(plans.id, dropout.planId));
  if (!recorder || !plan) return false;
  const scope = scopeOf({ role: recorder.role, areaCodes: recorder.areaCodes, staffId: null });
  const ctx = reassignmentContext({ plan, today: dropout.fromDate, userId: recorder.userId });
  const proposed = await proposeDropout(db, scope, ctx, { slotId: dropout.slotId, from: dropout.fromDate });
  if (!proposed.ok) return false;
  const { moves, unfinished, versions } = proposed.proposal;
  const fallback = moves[0]?.toSlotId;
  const rest = unfinished.map((u) => ({ slsCode: u.slsCode, families: u.familiesLeft - moves.filter((m) => m.slsCode === u.slsCode).reduce((s, m) => s + m.families, 0) })).filter((r) => r.families > 0);
  if (rest.length > 0 && fallback === undefined) return false;
  const applied = await applyDropout(db, scope, ctx, {
    slotId: dropout.slotId,
    from: dropout.fromDate,
    reason: 'resigned',
    note: dropoutNote,
    moves: [...moves, ...rest.map((r) => ({ ...r, toSlotId: fallback! }))],
    versions,
    override: rest.length > 0,
  });
  return applied.ok;
}

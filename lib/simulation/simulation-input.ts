import { workingCalendar } from '../coverage/working-calendar';
import type { OperationParams } from '../operations/params';
import { territoriesFromShares, type SlotShare } from './territories-from-shares';
import type { SimulatedDropout, SimulatedPpl } from './types';

/** A PPL slot of a plan in force, held by a roster person. */
export interface SimulationSlot {
  slotId: number;
  label: string;
  staffId: number;
  supervisorSlotId: number | null;
  districtCode: string;
  onSiteDays: number;
  /** some SLS of the territory needs a charter in (boat or plane, staff from outside) */
  remote: boolean;
  /** the slot's dropout date, when one is recorded */
  dropoutFrom: string | null;
  /** the SLS the slot held when its dropout was recorded (its audit entry) */
  dropoutSls?: readonly string[];
}

/** A plan in force as read for the simulator: its rules, PPL slots held by someone, and their shares of SLS. */
export interface PlanToSimulate {
  planId: number;
  params: OperationParams;
  slots: readonly SimulationSlot[];
  shares: readonly SlotShare[];
}

/**
 * The simulator's PPL (each with the plan's calendar and their territory as planned) and the recorded dropouts with
 * what their colleagues took over (territoriesFromShares), from the plans in force; `planOf` names each slot's plan.
 */
export function simulationInput(plans: readonly PlanToSimulate[]): { ppl: SimulatedPpl[]; dropouts: SimulatedDropout[]; planOf: Map<number, number> } {
  const ppl: SimulatedPpl[] = [];
  const dropouts: SimulatedDropout[] = [];
  const planOf = new Map<number, number>();
  for (const plan of plans) {
    const workingDays = workingCalendar({ params: plan.params });
    const recorded = plan.slots.filter((s) => s.dropoutFrom !== null).map((s) => ({ slotId: s.slotId, fromDate: s.dropoutFrom!, slsCodes: s.dropoutSls }));
    const built = territoriesFromShares({ shares: plan.shares, dropouts: recorded });
    dropouts.push(...built.dropouts);
    for (const s of plan.slots) {
      planOf.set(s.slotId, plan.planId);
      ppl.push({ key: s.label, slotId: s.slotId, pplId: s.staffId, teamSlotId: s.supervisorSlotId, districtCode: s.districtCode, onSiteDays: s.onSiteDays, remote: s.remote, workingDays, sls: built.territories.get(s.slotId) ?? [] });
    }
  }
  return { ppl, dropouts, planOf };
}

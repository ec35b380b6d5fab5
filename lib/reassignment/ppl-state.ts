import { familiesLeftOf } from './capacity';
import type { PplLoad } from './types';

/** A PPL's share of an SLS, with what they finished of it. */
export interface PplShare {
  slsCode: string;
  villageCode: string;
  families: number;
  version: number;
  /** families of the SLS whose latest record is final and theirs */
  doneFamilies: number;
}

/** A PPL slot of the plan in force as the coordinator workspace reads it. */
export interface PplSlotState {
  slotId: number;
  label: string;
  staffId: number | null;
  staffName: string | null;
  districtCode: string;
  pmlSlotId: number | null;
  onSiteDays: number;
  /** false once dropped out (the slot's dropout, or the person's roster status) */
  active: boolean;
  /** in visiting (SLS code) order */
  shares: PplShare[];
}

/** Families the PPL still has to do, over all their shares. */
export function remainingFamiliesOf(state: Pick<PplSlotState, 'shares'>): number {
  return state.shares.reduce((sum, s) => sum + familiesLeftOf(s), 0);
}

/** What is left of each share, in visiting order, leaving out the finished ones: what their schedule spreads. */
export function sharesLeftOf(state: Pick<PplSlotState, 'shares'>): { slsCode: string; families: number }[] {
  return state.shares.map((s) => ({ slsCode: s.slsCode, families: familiesLeftOf(s) })).filter((s) => s.families > 0);
}

/** A PPL as the receiver ranking weighs them. */
export function loadOf(state: PplSlotState, workingDaysLeft: number): PplLoad {
  return {
    slotId: state.slotId,
    villageCodes: [...new Set(state.shares.map((s) => s.villageCode))],
    pmlSlotId: state.pmlSlotId,
    districtCode: state.districtCode,
    remainingFamilies: remainingFamiliesOf(state),
    active: state.active,
    workingDaysLeft,
  };
}

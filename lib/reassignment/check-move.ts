import { dailyTargetFamilies, exceedsMaxDaily } from './capacity';

export type MoveCheck =
  /** `overridden`: the move passes only because the coordinator overrode the maximum */
  | { ok: true; newFamiliesPerDay: number; overridden: boolean }
  | { ok: false; code: 'same_ppl' }
  | { ok: false; code: 'nothing_to_move' }
  | { ok: false; code: 'more_than_left'; familiesLeft: number }
  | { ok: false; code: 'other_district'; fromDistrictCode: string; toDistrictCode: string }
  | { ok: false; code: 'receiver_inactive' }
  | { ok: false; code: 'over_max_daily'; newFamiliesPerDay: number; maxDailyFamilies: number }
  | { ok: false; code: 'override_needs_note' };

export interface CheckMoveInput {
  from: { slotId: number; districtCode: string };
  to: { slotId: number; districtCode: string; active: boolean; remainingFamilies: number };
  /** families to move and families of the SLS still unvisited with the giver */
  families: number;
  familiesLeft: number;
  workingDaysLeft: number;
  maxDailyFamilies: number;
  override: boolean;
  note: string | null;
}

/**
 * Whether a coordinator may move `families` of an SLS from one PPL to another (DESIGN.md section 5): inside one
 * kecamatan, to an active PPL, no more than is left, and not past the receiver's maximum daily target unless the
 * coordinator overrides it and says why.
 */
export function checkMove({ from, to, families, familiesLeft, workingDaysLeft, maxDailyFamilies, override, note }: CheckMoveInput): MoveCheck {
  if (from.slotId === to.slotId) return { ok: false, code: 'same_ppl' };
  if (families <= 0) return { ok: false, code: 'nothing_to_move' };
  if (families > familiesLeft) return { ok: false, code: 'more_than_left', familiesLeft };
  if (from.districtCode !== to.districtCode) return { ok: false, code: 'other_district', fromDistrictCode: from.districtCode, toDistrictCode: to.districtCode };
  if (!to.active) return { ok: false, code: 'receiver_inactive' };
  const newFamiliesPerDay = dailyTargetFamilies({ remainingFamilies: to.remainingFamilies + families, workingDaysLeft });
  const overMax = exceedsMaxDaily({ remainingFamilies: to.remainingFamilies + families, workingDaysLeft, maxDailyFamilies });
  if (overMax && !override) return { ok: false, code: 'over_max_daily', newFamiliesPerDay, maxDailyFamilies };
  if (overMax && (!note || note.trim().length === 0)) return { ok: false, code: 'override_needs_note' };
  return { ok: true, newFamiliesPerDay, overridden: overMax };
}

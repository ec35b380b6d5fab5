import { ancestorCode } from '../areas/codes';

export type StaffRoleCode = 'ppl' | 'pml' | 'koseka';

/** A position in a plan to fill: a PPL territory, a PML team or a KOSEKA post. */
export interface SlotToFill {
  slotId: number;
  role: StaffRoleCode;
  districtCode: string;
  /** villages the slot works in (a PPL territory); empty for PML and KOSEKA */
  villageCodes: readonly string[];
  /** a boat or plane territory, where a local recruit saves the charter legs in and out */
  remote: boolean;
}

export interface Candidate {
  staffId: number;
  role: StaffRoleCode;
  homeVillageCode: string;
}

export type FillReason = 'home_village' | 'same_kecamatan';

export interface SlotFill {
  slotId: number;
  staffId: number;
  reason: FillReason;
}

export interface FillResult {
  fills: SlotFill[];
  /** slots still "to recruit" */
  unfilledSlotIds: number[];
  /** to-recruit counts per kecamatan and role */
  toRecruit: { districtCode: string; role: StaffRoleCode; count: number }[];
  unusedStaffIds: number[];
}

/**
 * Fills a plan's slots with roster people: remote territories first (a local recruit saves charter legs), then
 * anyone whose home village is in the slot's villages, then anyone from the same kecamatan. Never across kecamatan.
 */
export function fillSlots({ slots, candidates }: { slots: readonly SlotToFill[]; candidates: readonly Candidate[] }): FillResult {
  const free = new Map(candidates.map((c) => [c.staffId, c]));
  const filled = new Map<number, SlotFill>();
  const ordered = [...slots].sort((a, b) => Number(b.remote) - Number(a.remote) || a.slotId - b.slotId);
  const take = (slot: SlotToFill, reason: FillReason, match: (c: Candidate) => boolean) => {
    if (filled.has(slot.slotId)) return;
    for (const c of free.values()) {
      if (c.role !== slot.role || !match(c)) continue;
      free.delete(c.staffId);
      filled.set(slot.slotId, { slotId: slot.slotId, staffId: c.staffId, reason });
      return;
    }
  };
  for (const slot of ordered) take(slot, 'home_village', (c) => slot.villageCodes.includes(c.homeVillageCode));
  for (const slot of ordered) take(slot, 'same_kecamatan', (c) => ancestorCode(c.homeVillageCode, 'kecamatan') === slot.districtCode);
  const unfilled = slots.filter((s) => !filled.has(s.slotId));
  const counts = new Map<string, { districtCode: string; role: StaffRoleCode; count: number }>();
  for (const s of unfilled) {
    const key = `${s.districtCode}|${s.role}`;
    const entry = counts.get(key) ?? { districtCode: s.districtCode, role: s.role, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return {
    fills: [...filled.values()].sort((a, b) => a.slotId - b.slotId),
    unfilledSlotIds: unfilled.map((s) => s.slotId),
    toRecruit: [...counts.values()].sort((a, b) => a.districtCode.localeCompare(b.districtCode) || a.role.localeCompare(b.role)),
    unusedStaffIds: [...free.keys()],
  };
}

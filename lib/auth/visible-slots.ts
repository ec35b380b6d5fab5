import { inScope, type Viewer } from './permissions';

export interface SlotRef {
  id: number;
  role: 'ppl' | 'pml' | 'koseka';
  districtCode: string;
  staffId: number | null;
  supervisorSlotId: number | null;
}

/**
 * The plan slots a viewer may see: office heads and KOSEKA those of kecamatan inside their areas, a PML their own
 * slot and the PPL reporting to it, a PPL only their own; anyone else none.
 */
export function visibleSlots<T extends SlotRef>(viewer: Viewer, slots: readonly T[]): T[] {
  if (viewer.role === 'office_head' || viewer.role === 'koseka') return slots.filter((s) => inScope(viewer, s.districtCode));
  if ((viewer.role !== 'pml' && viewer.role !== 'ppl') || viewer.staffId === null) return [];
  const own = slots.filter((s) => s.staffId === viewer.staffId && inScope(viewer, s.districtCode));
  if (viewer.role === 'ppl') return own;
  const teams = new Set(own.filter((s) => s.role === 'pml').map((s) => s.id));
  return slots.filter((s) => own.includes(s) || (s.supervisorSlotId !== null && teams.has(s.supervisorSlotId)));
}

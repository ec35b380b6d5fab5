import { inScope } from './permissions';
import type { ViewerScope } from './scope';

export interface SlotRef {
  id: number;
  role: 'ppl' | 'pml' | 'koseka';
  districtCode: string;
  staffId: number | null;
  supervisorSlotId: number | null;
}

/**
 * The plan slots a viewer may see: office heads and KOSEKA those of kecamatan inside their areas, a PML their own
 * slot and the PPL reporting to it, a PPL only their own; anyone else none. The reading spec of `visibleSlot` in
 * db/queries/scope.ts, which applies the same rule in SQL (tests/db/scope.test.ts holds the two together).
 */
export function visibleSlots<T extends SlotRef>(scope: ViewerScope, slots: readonly T[]): T[] {
  if (scope.role === 'office_head' || scope.role === 'koseka') return slots.filter((s) => inScope(scope, s.districtCode));
  if ((scope.role !== 'pml' && scope.role !== 'ppl') || scope.staffId === null) return [];
  const own = slots.filter((s) => s.staffId === scope.staffId && inScope(scope, s.districtCode));
  if (scope.role === 'ppl') return own;
  const teams = new Set(own.filter((s) => s.role === 'pml').map((s) => s.id));
  return slots.filter((s) => own.includes(s) || (s.supervisorSlotId !== null && teams.has(s.supervisorSlotId)));
}

import { describe, expect, it } from 'vitest';
import { fillSlots, type Candidate, type SlotToFill } from '@/lib/staff/fill-slots';

const ppl = (slotId: number, districtCode: string, villageCodes: string[], remote = false): SlotToFill => ({
  slotId,
  role: 'ppl',
  districtCode,
  villageCodes,
  remote,
});
const person = (staffId: number, homeVillageCode: string, role: Candidate['role'] = 'ppl'): Candidate => ({ staffId, role, homeVillageCode });

describe('fillSlots', () => {
  it('prefers the home village, then the same kecamatan, never another kecamatan', () => {
    const slots = [ppl(1, '64.71.01', ['64.71.01.1001']), ppl(2, '64.71.01', ['64.71.01.1002']), ppl(3, '64.71.02', ['64.71.02.1001'])];
    // 10 lives in 1002 (slot 2's village); 11 lives in 1003 (same kecamatan, neither slot's village); 12 in another regency.
    const result = fillSlots({ slots, candidates: [person(11, '64.71.01.1003'), person(10, '64.71.01.1002'), person(12, '65.02.05.2001')] });
    expect(result.fills).toEqual([
      { slotId: 1, staffId: 11, reason: 'same_kecamatan' },
      { slotId: 2, staffId: 10, reason: 'home_village' },
    ]);
    expect(result.unfilledSlotIds).toEqual([3]);
    expect(result.toRecruit).toEqual([{ districtCode: '64.71.02', role: 'ppl', count: 1 }]);
    expect(result.unusedStaffIds).toEqual([12]);
  });

  it('gives a local person to the remote territory before a road one in the same village', () => {
    const slots = [ppl(1, '65.02.05', ['65.02.05.2001']), ppl(2, '65.02.05', ['65.02.05.2001'], true)];
    const result = fillSlots({ slots, candidates: [person(7, '65.02.05.2001')] });
    expect(result.fills).toEqual([{ slotId: 2, staffId: 7, reason: 'home_village' }]);
  });

  it('matches roles: a PML is never put in a PPL slot', () => {
    const slots: SlotToFill[] = [ppl(1, '64.71.01', ['64.71.01.1001']), { slotId: 2, role: 'pml', districtCode: '64.71.01', villageCodes: [], remote: false }];
    const result = fillSlots({ slots, candidates: [person(5, '64.71.01.1001', 'pml')] });
    expect(result.fills).toEqual([{ slotId: 2, staffId: 5, reason: 'same_kecamatan' }]);
    expect(result.toRecruit).toEqual([{ districtCode: '64.71.01', role: 'ppl', count: 1 }]);
  });

  it('fills each slot once and uses each person once', () => {
    const slots = Array.from({ length: 5 }, (_, i) => ppl(i + 1, '64.71.01', ['64.71.01.1001']));
    const candidates = Array.from({ length: 3 }, (_, i) => person(100 + i, '64.71.01.1001'));
    const result = fillSlots({ slots, candidates });
    expect(new Set(result.fills.map((f) => f.staffId)).size).toBe(3);
    expect(new Set(result.fills.map((f) => f.slotId)).size).toBe(3);
    expect(result.unfilledSlotIds).toHaveLength(2);
  });
});

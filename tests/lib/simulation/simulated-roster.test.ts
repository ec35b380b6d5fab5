import { describe, expect, it } from 'vitest';
import { namePoolOf, personName } from '@/lib/simulation/indonesian-names';
import { placeInTeam, simulatedRoster, type RosterSlot } from '@/lib/simulation/simulated-roster';

const slots: RosterSlot[] = [
  { slotId: 1, role: 'koseka', districtCode: '64.71.01', supervisorSlotId: null, villageCodes: [], remote: false },
  { slotId: 2, role: 'pml', districtCode: '64.71.01', supervisorSlotId: null, villageCodes: [], remote: false },
  { slotId: 3, role: 'ppl', districtCode: '64.71.01', supervisorSlotId: 2, villageCodes: ['64.71.01.1002'], remote: false },
  { slotId: 4, role: 'ppl', districtCode: '64.71.01', supervisorSlotId: 2, villageCodes: ['64.71.01.1001', '64.71.01.1002'], remote: false },
  { slotId: 5, role: 'ppl', districtCode: '64.71.01', supervisorSlotId: 2, villageCodes: ['64.71.01.1007'], remote: true },
  { slotId: 6, role: 'ppl', districtCode: '64.71.02', supervisorSlotId: null, villageCodes: ['64.71.02.1001'], remote: false },
];

describe('simulatedRoster', () => {
  const people = simulatedRoster({ slots, seed: 20221015 });

  it.each([
    // slot  role      home village: why
    [1, 'koseka', '64.71.01.1002'], // where the kecamatan's road PPL live
    [2, 'pml', '64.71.01.1002'], // where the team's first PPL works
    [3, 'ppl', '64.71.01.1002'], // in the territory
    [4, 'ppl', '64.71.01.1001'],
    [5, 'ppl', '64.71.01.1002'], // a charter territory's PPL comes from the road part of the kecamatan
    [6, 'ppl', '64.71.02.1001'],
  ] as const)('slot %s (%s) lives in %s', (slotId, role, home) => {
    expect(people.find((p) => p.slotId === slotId)).toMatchObject({ role, homeVillageCode: home });
  });

  it('names everyone, deterministically, never twice in one village, and skips filled slots', () => {
    expect(simulatedRoster({ slots, seed: 20221015 })).toEqual(people);
    expect(people.every((p) => /^[A-Z][a-z]+ ([A-Z]\. )?[A-Z][a-z]+$/.test(p.name))).toBe(true);
    const crowd = Array.from({ length: 1500 }, (_, i): RosterSlot => ({ slotId: 100 + i, role: 'ppl', districtCode: '91.71.01', supervisorSlotId: null, villageCodes: ['91.71.01.1001'], remote: false }));
    const many = simulatedRoster({ slots: crowd, seed: 1, takenNames: new Set(['maria rumbiak|91.71.01.1001']) });
    expect(new Set(many.map((p) => p.name.toLowerCase())).size).toBe(1500);
    expect(many.some((p) => p.name === 'Maria Rumbiak')).toBe(false);
    expect(simulatedRoster({ slots, seed: 20221015, filled: new Set([2, 4]) }).map((p) => p.slotId)).toEqual([1, 3, 5, 6]);
  });
});

describe('placeInTeam', () => {
  it.each([
    ['64.71.01.1001', { pplSlotId: 4, pmlSlotId: 2 }], // the territory working the home village
    ['64.71.01.1005', { pplSlotId: 3, pmlSlotId: 2 }], // none works it: the kecamatan's first with a PML
    ['64.71.02.1001', null], // its only PPL has no PML
  ] as const)('a person of %s goes to %j', (homeVillageCode, placed) => {
    expect(placeInTeam({ slots, homeVillageCode })).toEqual(placed);
  });
});

describe('names', () => {
  it.each([
    ['96.71.01.1001', 'papua'],
    ['91.71', 'papua'],
    ['14.10.06.2001', 'riau'],
    ['65.02.04.2003', 'borneoInterior'],
    ['65.71.01.1001', 'kalimantan'],
    ['64.71.01.1001', 'kalimantan'],
  ] as const)('%s draws from the %s names', (code, pool) => {
    expect(namePoolOf(code)).toBe(pool);
  });

  it.each([
    ['papua', [0.1, 0, 0], 'Yohanis Rumbiak'],
    ['papua', [0.9, 0, 0.99], 'Maria Sumolang'],
    ['kalimantan', [0.2, 0.99, 0.5], 'Firman Susanto'],
  ] as const)('%s with draws %j: %s', (pool, u, name) => {
    expect(personName({ pool, u })).toBe(name);
  });
});

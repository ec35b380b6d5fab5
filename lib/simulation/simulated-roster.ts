import { personName, namePoolOf } from './indonesian-names';
import { streamOf } from './pace-profile';

/** A slot of a saved plan to find a person for. */
export interface RosterSlot {
  slotId: number;
  role: 'ppl' | 'pml' | 'koseka';
  districtCode: string;
  supervisorSlotId: number | null;
  /** villages of a PPL territory, in visiting order (none for PML and KOSEKA) */
  villageCodes: readonly string[];
  /** a charter territory: its PPL comes from elsewhere in the kecamatan */
  remote: boolean;
}

/** A made-up roster person for one slot. */
export interface RosterPerson {
  slotId: number;
  name: string;
  role: RosterSlot['role'];
  homeVillageCode: string;
}

/** Where a slot's person lives: a road PPL in their territory, a charter PPL and the leaders where the road PPL of the kecamatan live. */
function homesOf(slots: readonly RosterSlot[]): Map<number, string> {
  const roadHome = new Map<string, string>();
  const teamHome = new Map<number, string>();
  for (const s of slots) {
    const village = s.villageCodes[0];
    if (s.role !== 'ppl' || village === undefined) continue;
    if (!s.remote && !roadHome.has(s.districtCode)) roadHome.set(s.districtCode, village);
    if (s.supervisorSlotId !== null && !teamHome.has(s.supervisorSlotId)) teamHome.set(s.supervisorSlotId, village);
  }
  const anyHome = new Map(slots.filter((s) => s.villageCodes.length > 0).map((s) => [s.districtCode, s.villageCodes[0]!]));
  const homes = new Map<number, string>();
  for (const s of slots) {
    const inDistrict = roadHome.get(s.districtCode) ?? anyHome.get(s.districtCode);
    const home = s.role === 'ppl' ? (s.remote ? inDistrict : s.villageCodes[0]) : s.role === 'pml' ? (teamHome.get(s.slotId) ?? inDistrict) : inDistrict;
    if (home !== undefined) homes.set(s.slotId, home);
  }
  return homes;
}

/**
 * Made-up people for the slots not in `filled` (deterministic by `seed`): Indonesian names from the region's pool,
 * each unique with their home village among themselves and `takenNames` ("name|village", lower case), as the
 * roster's unique index wants. A slot whose kecamatan has no village to live in gets nobody.
 */
export function simulatedRoster({ slots, seed, filled = new Set(), takenNames = new Set() }: {
  slots: readonly RosterSlot[];
  seed: number;
  filled?: ReadonlySet<number>;
  takenNames?: ReadonlySet<string>;
}): RosterPerson[] {
  const homes = homesOf(slots);
  const taken = new Set(takenNames);
  const people: RosterPerson[] = [];
  for (const slot of slots) {
    const home = homes.get(slot.slotId);
    if (filled.has(slot.slotId) || home === undefined) continue;
    const next = streamOf(seed, `person|${slot.slotId}`);
    let name = '';
    for (let attempt = 0; attempt < 50 && (name === '' || taken.has(`${name.toLowerCase()}|${home}`) || name.split(' ')[0] === name.split(' ')[1]); attempt++) {
      name = personName({ pool: namePoolOf(home), u: [next(), next(), next()] });
    }
    // A crowded village runs out of pairs: a middle initial keeps the person apart.
    const [given, family] = name.split(' ');
    for (let letter = 0; letter < 26 && taken.has(`${name.toLowerCase()}|${home}`); letter++) name = `${given} ${String.fromCharCode(65 + letter)}. ${family}`;
    taken.add(`${name.toLowerCase()}|${home}`);
    people.push({ slotId: slot.slotId, name, role: slot.role, homeVillageCode: home });
  }
  return people;
}

/**
 * The PPL slot for a roster person living in `homeVillageCode` and the PML slot leading it: the first PPL territory
 * (by slot id) that works that village and has a PML, else the first of its kecamatan; null when the plan has none.
 */
export function placeInTeam({ slots, homeVillageCode }: { slots: readonly RosterSlot[]; homeVillageCode: string }): { pplSlotId: number; pmlSlotId: number } | null {
  const led = slots.filter((s) => s.role === 'ppl' && s.supervisorSlotId !== null).sort((a, b) => a.slotId - b.slotId);
  const district = homeVillageCode.split('.').slice(0, 3).join('.');
  const slot = led.find((s) => s.villageCodes.includes(homeVillageCode)) ?? led.find((s) => s.districtCode === district);
  return slot ? { pplSlotId: slot.slotId, pmlSlotId: slot.supervisorSlotId! } : null;
}

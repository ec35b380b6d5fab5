import { describe, expect, it } from 'vitest';
import type { TerrainClass } from '@/lib/planning/terrain/types';
import { villageTerrain } from '@/lib/planning/terrain/village-terrain';

const rules = (over: { terrainEstimate?: boolean; terrainClasses?: Record<string, TerrainClass> } = {}) => ({ minDailyFamilies: 10, maxDailyFamilies: 14, terrainEstimate: true, terrainClasses: {}, ...over });
const desa = { villageCode: '81.01.01.2001', districtCode: '81.01.01', families: 600, workingDayCount: 25 }; // Maluku Tengah: estimated 9 a day

describe('villageTerrain: the first rule that speaks', () => {
  it.each([
    { what: 'the estimate, without access data', accessKnown: false, over: {}, min: 9, own: false, basis: { code: 'desa', region: 'maluku' } },
    { what: 'access data from the office: the operation norm', accessKnown: true, over: {}, min: 10, own: false, basis: { code: 'access_given' } },
    { what: 'the estimate switched off', accessKnown: false, over: { terrainEstimate: false }, min: 10, own: false, basis: { code: 'estimate_off' } },
    { what: 'the kecamatan class, over the estimate', accessKnown: false, over: { terrainClasses: { '81.01.01': 'flat' } }, min: 10, own: false, basis: { code: 'office_class', terrainClass: 'flat', areaCode: '81.01.01' } },
    { what: 'the kecamatan class, over access data', accessKnown: true, over: { terrainClasses: { '81.01.01': 'hilly' } }, min: 9, own: false, basis: { code: 'office_class', terrainClass: 'hilly', areaCode: '81.01.01' } },
    { what: 'the village class, over its kecamatan', accessKnown: false, over: { terrainClasses: { '81.01.01': 'flat', '81.01.01.2001': 'remote' } }, min: 8, own: true, basis: { code: 'office_class', terrainClass: 'remote', areaCode: '81.01.01.2001' } },
    { what: 'a class of another kecamatan: not this one', accessKnown: false, over: { terrainClasses: { '81.01.02': 'remote' } }, min: 9, own: false, basis: { code: 'desa', region: 'maluku' } },
    { what: 'a class even with the estimate off', accessKnown: false, over: { terrainEstimate: false, terrainClasses: { '81.01.01': 'remote' } }, min: 8, own: true, basis: { code: 'office_class', terrainClass: 'remote', areaCode: '81.01.01' } },
  ])('$what', ({ accessKnown, over, min, own, basis }) => {
    const terrain = villageTerrain({ ...desa, accessKnown, rules: rules(over as never) });
    expect(terrain).toMatchObject({ ownTerritories: own, basis });
    expect(terrain.norm.minDailyFamilies).toBe(min);
  });
});

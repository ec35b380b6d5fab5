import { describe, expect, it } from 'vitest';
import { defaultOperationParams, type OperationParams } from '@/lib/operations/params';
import { planStaffing } from '@/lib/planning/plan-staffing';
import type { SlsWorkload } from '@/lib/workload/types';
import { village } from '../workloads';

// 25 working days; the operation's norm 10 to 14 families a day (250 to 350 a PPL)
const plan = (workloads: SlsWorkload[], over: Partial<OperationParams> = {}) => planStaffing({ workloads, params: { ...defaultOperationParams, ...over }, areaCode: 'ID' });
const unknown = (workloads: SlsWorkload[]) => workloads.map((w) => ({ ...w, accessKnown: false }));
const known = (workloads: SlsWorkload[]) => workloads.map((w) => ({ ...w, accessKnown: true }));
/** Two desa of Maluku Tengah (not an island regency), 2,250 families each in 90 SLS of 25: every norm cuts evenly. */
const malukuDesa = () => [...village('81.01.01.2001', Array(90).fill(25)), ...village('81.01.01.2002', Array(90).fill(25))];

describe('planStaffing with the terrain: 4,500 families in two Maluku desa', () => {
  it.each([
    // what, workloads, rules -> PPL, ideal, floor, norm, why
    { what: 'no access data: desa, Maluku at 9 a day (225 a PPL)', workloads: unknown(malukuDesa()), over: {}, ppl: 20, ideal: 20, floor: 15, min: 9, basis: { code: 'desa', region: 'maluku' } },
    { what: 'access data given: the operation norm', workloads: known(malukuDesa()), over: {}, ppl: 18, ideal: 18, floor: 13, min: 10, basis: { code: 'access_given' } },
    { what: 'no access data, estimate off', workloads: unknown(malukuDesa()), over: { terrainEstimate: false }, ppl: 18, ideal: 18, floor: 13, min: 10, basis: { code: 'estimate_off' } },
    // remote: 8 a day and each village on its own: floor(2250 / 200) = 11 PPL a village
    { what: 'the office sets the kecamatan remote', workloads: known(malukuDesa()), over: { terrainClasses: { '81.01.01': 'remote' as const } }, ppl: 22, ideal: 22.5, floor: 17, min: 8, basis: { code: 'office_class', terrainClass: 'remote', areaCode: '81.01.01' } },
  ])('$what: $ppl PPL', ({ workloads, over, ppl, ideal, floor, min, basis }) => {
    const result = plan(workloads, over);
    expect(result.territories).toHaveLength(ppl);
    expect(result.quality.idealPpl).toBeCloseTo(ideal, 6); // families / (norm x 25 days)
    expect(result.quality.floorPpl).toBe(floor); // ceil(families / (maximum x 25 days))
    expect(result.territories.every((t) => t.dailyNorm.minDailyFamilies === min && t.flag === null)).toBe(true);
    expect(result.districts[0]!.terrain).toEqual([{ basis, familiesPerDay: min, ownTerritories: min === 8, villages: 2, families: 4500 }]);
  });

  it('keeps a village the office set remote apart: its territories are remote and aside from the road deviation', () => {
    const result = plan(known(malukuDesa()), { terrainClasses: { '81.01.01.2002': 'remote' } });
    const apart = result.territories.filter((t) => t.remote);
    expect(apart).toHaveLength(11);
    expect(apart.every((t) => t.villageCodes.join() === '81.01.01.2002' && t.accessMode === 'road')).toBe(true);
    expect(result.charters).toEqual([]); // remote ground, but no boat or plane: no charter
    expect(result.quality.roadPpl).toBe(9); // floor(2250 / 250)
  });
});

describe('planStaffing with the terrain: small villages and mixed kecamatan', () => {
  it('works a small desa of an island regency on its own (Kepulauan Tanimbar), flagged as a small remote village', () => {
    const result = plan(unknown([...village('81.03.01.2001', [50, 50]), ...village('81.03.01.2002', Array(80).fill(25))]));
    const small = result.territories.find((t) => t.villageCodes.includes('81.03.01.2001'))!;
    expect(small).toMatchObject({ villageCodes: ['81.03.01.2001'], remote: true, families: 100, flag: { code: 'remote_small_village', familiesPerDay: 4 } });
    expect(result.territories).toHaveLength(1 + 8); // floor(2000 / 225) = 8 in the large desa
    expect(result.districts[0]!.terrain.map((n) => n.basis.code)).toEqual(['desa', 'small_island_desa']);
  });

  it('plans a lone small kelurahan among estimated desa at the desa norm rather than leave its PPL short', () => {
    const result = plan(unknown([...village('72.03.01.1001', [50, 50]), ...malukuDesa().map((w) => ({ ...w, slsCode: w.slsCode.replace('81.01', '72.03'), villageCode: w.villageCode.replace('81.01', '72.03'), districtCode: '72.03.01' }))]));
    expect(result.territories).toHaveLength(20); // floor(4600 / 225)
    expect(result.quality.flaggedTerritories).toBe(0);
    expect(result.districts[0]!.terrain.map((n) => [n.basis.code, n.familiesPerDay])).toEqual([['desa', 9], ['kelurahan', 10]]);
  });

  it('never moves a village with access data off the operation norm, even a small one among estimated desa', () => {
    const result = plan([...known(village('81.01.01.1001', [50, 50])), ...unknown(malukuDesa())]);
    const kelurahan = result.territories.filter((t) => t.villageCodes.includes('81.01.01.1001'));
    expect(kelurahan).toEqual([expect.objectContaining({ villageCodes: ['81.01.01.1001'], dailyNorm: { minDailyFamilies: 10, maxDailyFamilies: 14 }, flag: { code: 'below_minimum', familiesPerDay: 4, minDailyFamilies: 10 } })]);
    expect(result.territories).toHaveLength(1 + 20);
  });
});

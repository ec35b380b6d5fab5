import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultOperationParams } from '@/lib/operations/params';
import { planStaffing } from '@/lib/planning/plan-staffing';
import { accessModes, type SlsWorkload } from '@/lib/workload/types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Kecamatan across the island groups, island regencies among them (Sumenep, Tanimbar, Kubu Raya). */
const districts = ['33.16.01', '35.29.01', '16.71.01', '61.12.01', '72.03.01', '81.03.01', '52.01.01', '95.01.01'];

const villageArbitrary = fc.record({
  kelurahan: fc.boolean(),
  sls: fc.array(fc.integer({ min: 0, max: 160 }), { minLength: 1, maxLength: 8 }),
  mode: fc.constantFrom(...accessModes, 'road', 'road'),
  travel: fc.integer({ min: 0, max: 3 }),
  local: fc.boolean(),
  known: fc.boolean(),
});

/** 1-3 kecamatan of 1-4 villages (kelurahan or desa) of 1-8 SLS, any access, given or not. */
const workloadsArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...districts), fc.array(villageArbitrary, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 3 })
  .map((list) => {
    const seen = new Set<string>();
    return list
      .filter(([district]) => !seen.has(district) && seen.add(district))
      .flatMap(([districtCode, villages]) =>
        villages.flatMap((v, k) => {
          const villageCode = `${districtCode}.${v.kelurahan ? 1001 + k : 2001 + k}`;
          return v.sls.map((families, s): SlsWorkload => ({ slsCode: `${villageCode}.${pad(s + 1, 4)}`, villageCode, districtCode, families, accessMode: v.mode, travelDaysOneWay: v.travel, localStaff: v.local, accessKnown: v.known }));
        }),
      );
  });

const params = defaultOperationParams;
const plainNorm = { minDailyFamilies: params.minDailyFamilies, maxDailyFamilies: params.maxDailyFamilies };
const strategy = fc.constantFrom('standard' as const, 'lean' as const);

describe('explicit access data always wins over the terrain estimate', () => {
  it('plans villages that all have access data exactly as without the estimate', () => {
    fc.assert(
      fc.property(workloadsArbitrary, strategy, (generated, strategy) => {
        const workloads = generated.map((w) => ({ ...w, accessKnown: true }));
        const withEstimate = planStaffing({ workloads, params, areaCode: 'ID', strategy });
        const without = planStaffing({ workloads, params: { ...params, terrainEstimate: false }, areaCode: 'ID', strategy });
        expect(withEstimate.territories).toEqual(without.territories);
        expect(withEstimate.quality).toEqual(without.quality);
        expect(withEstimate.koseka).toEqual(without.koseka);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every territory holding a village with access data at the operation norm, whatever its neighbours', () => {
    fc.assert(
      fc.property(workloadsArbitrary, strategy, (workloads, strategy) => {
        const plan = planStaffing({ workloads, params, areaCode: 'ID', strategy });
        const knownVillages = new Set(workloads.filter((w) => w.accessKnown).map((w) => w.villageCode));
        for (const territory of plan.territories) {
          if (territory.villageCodes.some((v) => knownVillages.has(v))) expect(territory.dailyNorm).toEqual(plainNorm);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every unflagged territory inside its own norm, and every SLS with families in one territory', () => {
    fc.assert(
      fc.property(workloadsArbitrary, strategy, (workloads, strategy) => {
        const plan = planStaffing({ workloads, params, areaCode: 'ID', strategy });
        for (const t of plan.territories.filter((t) => t.flag === null)) {
          expect(t.familiesPerDay).toBeGreaterThanOrEqual(t.dailyNorm.minDailyFamilies);
          expect(t.familiesPerDay).toBeLessThanOrEqual(t.dailyNorm.maxDailyFamilies);
        }
        expect(plan.territories.reduce((sum, t) => sum + t.families, 0)).toBe(workloads.reduce((sum, w) => sum + w.families, 0));
      }),
      { numRuns: 150 },
    );
  });
});

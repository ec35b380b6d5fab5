import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultOperationParams, type OperationParams } from '@/lib/operations/params';
import { listTerritorySls } from '@/lib/planning/list-territory-sls';
import { planStaffing } from '@/lib/planning/plan-staffing';
import { openDays } from '@/lib/charters/pooling/stay';
import { stayOf } from '@/lib/charters/pooling/stay-of';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';
import { scheduleStay } from '@/lib/scheduling/schedule-stay';
import { accessModes, type SlsWorkload } from '@/lib/workload/types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const villageArbitrary = fc.record({
  sls: fc.array(fc.integer({ min: 0, max: 160 }), { minLength: 1, maxLength: 8 }),
  mode: fc.constantFrom(...accessModes, 'road', 'road'),
  travel: fc.integer({ min: 0, max: 3 }),
  local: fc.boolean(),
});

/** 1-3 kecamatan of 1-4 villages of 1-8 SLS, any access, as SlsWorkload rows. */
const workloadsArbitrary = fc.array(fc.array(villageArbitrary, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }).map((districts) =>
  districts.flatMap((villages, d) =>
    villages.flatMap((v, k) =>
      v.sls.map((families, s): SlsWorkload => ({
        slsCode: `64.71.${pad(d + 1, 2)}.${1001 + k}.${pad(s + 1, 4)}`,
        villageCode: `64.71.${pad(d + 1, 2)}.${1001 + k}`,
        districtCode: `64.71.${pad(d + 1, 2)}`,
        families,
        accessMode: v.mode,
        travelDaysOneWay: v.travel,
        localStaff: v.local,
      })),
    ),
  ),
);

const paramsArbitrary = fc
  .record({
    minDailyFamilies: fc.integer({ min: 3, max: 12 }),
    spread: fc.integer({ min: 0, max: 6 }),
    reserveDays: fc.integer({ min: 0, max: 8 }),
    restWeekdays: fc.subarray([0, 6]),
    pplPerPml: fc.integer({ min: 1, max: 6 }),
  })
  .map(({ spread, ...p }): OperationParams => ({ ...defaultOperationParams, ...p, maxDailyFamilies: p.minDailyFamilies + spread }));

const input = fc.record({ workloads: workloadsArbitrary, params: paramsArbitrary, strategy: fc.constantFrom('standard' as const, 'lean' as const) });

describe('planStaffing over generated areas', () => {
  it('assigns every SLS with families to exactly one territory of its own kecamatan', () => {
    fc.assert(
      fc.property(input, ({ workloads, params, strategy }) => {
        const plan = planStaffing({ workloads, params, areaCode: '64.71', strategy });
        const seen = new Map<string, number>();
        for (const territory of plan.territories) {
          const list = listTerritorySls({ plan, workloads, territory });
          expect(list.reduce((sum, w) => sum + w.families, 0)).toBe(territory.families);
          for (const w of list) {
            expect(w.districtCode).toBe(territory.districtCode);
            seen.set(w.slsCode, (seen.get(w.slsCode) ?? 0) + 1);
          }
        }
        for (const w of workloads) if (w.families > 0) expect(seen.get(w.slsCode)).toBe(1);
        expect([...seen.values()].every((count) => count === 1)).toBe(true);
        expect(plan.territories.reduce((sum, t) => sum + t.families, 0)).toBe(workloads.reduce((sum, w) => sum + w.families, 0));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every unflagged daily target inside [minDailyFamilies, maxDailyFamilies]', () => {
    fc.assert(
      fc.property(input, ({ workloads, params, strategy }) => {
        const plan = planStaffing({ workloads, params, areaCode: '64.71', strategy });
        for (const t of plan.territories.filter((t) => t.flag === null)) {
          expect(t.familiesPerDay).toBeGreaterThanOrEqual(params.minDailyFamilies);
          expect(t.familiesPerDay).toBeLessThanOrEqual(params.maxDailyFamilies);
        }
        // no valid plan goes under the floor: when nothing is over the maximum, neither does this one
        if (plan.territories.every((t) => t.familiesPerDay <= params.maxDailyFamilies)) expect(plan.quality.pplCount).toBeGreaterThanOrEqual(plan.quality.floorPpl);
      }),
      { numRuns: 200 },
    );
  });

  it('schedules every PPL inside the window, all their families, on their on-site days', () => {
    fc.assert(
      fc.property(input, ({ workloads, params, strategy }) => {
        const plan = planStaffing({ workloads, params, areaCode: '64.71', strategy });
        const window = new Set(plan.workingDays.windowDates);
        const open = openDays(plan.workingDays);
        for (const territory of plan.territories) {
          const sls = listTerritorySls({ plan, workloads, territory });
          // a PPL who comes by charter stays through the reserve days and may move between villages (charter pooling)
          const stay = stayOf({ label: territory.label, trips: plan.trips, open });
          const days = stay ? scheduleStay({ sls, onSiteDays: territory.onSiteDays, stay, workingDays: plan.workingDays }) : schedulePpl({ sls, onSiteDays: territory.onSiteDays, workingDays: plan.workingDays });
          expect(days.map((d) => d.date)).toEqual(plan.workingDays.windowDates);
          expect(days.filter((d) => d.kind === 'work')).toHaveLength(territory.onSiteDays);
          const moveDays = stay ? stay.moves.reduce((sum, m) => sum + m.arriveIndex - m.index, 0) : 0;
          expect(days.filter((d) => d.kind === 'travel')).toHaveLength(2 * territory.travelDaysOneWay + moveDays);
          expect(days.reduce((sum, d) => sum + d.families, 0)).toBe(territory.families);
          expect(new Set(days.flatMap((d) => d.slsCodes))).toEqual(new Set(sls.map((s) => s.slsCode)));
          expect(window.has(territory.startDate) && window.has(territory.endDate)).toBe(true);
        }
        for (const charter of plan.charters) for (const trip of charter.trips) expect(window.has(trip.date)).toBe(true);
        for (const trip of plan.trips) for (const date of [trip.departDate, trip.returnDate, ...trip.stops.map((s) => s.date)]) expect(window.has(date)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('forms PML teams of at most pplPerPml PPL of one kecamatan, covering every PPL once', () => {
    fc.assert(
      fc.property(input, ({ workloads, params, strategy }) => {
        const plan = planStaffing({ workloads, params, areaCode: '64.71', strategy });
        const members = plan.teams.flatMap((team) => {
          expect(team.territoryIndexes.length).toBeLessThanOrEqual(params.pplPerPml);
          for (const i of team.territoryIndexes) expect(plan.territories[i]!.districtCode).toBe(team.districtCode);
          return team.territoryIndexes;
        });
        expect(members.sort((a, b) => a - b)).toEqual(plan.territories.map((t) => t.index));
        expect(plan.territories.every((t) => plan.teams[t.teamIndex]!.territoryIndexes.includes(t.index))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

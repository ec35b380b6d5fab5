import { differenceInCalendarDays, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { improveGroup } from '@/lib/charters/pooling/improve-group';
import { travelGroups } from '@/lib/charters/pooling/travel-group';
import { charterPrice, tripRupiah } from '@/lib/charters/pooling/trip-rupiah';
import { openDays, openIndexOf } from '@/lib/charters/pooling/stay';
import { stayOf, type Stay } from '@/lib/charters/pooling/stay-of';
import { defaultOperationParams, type OperationParams } from '@/lib/operations/params';
import { listTerritorySls } from '@/lib/planning/list-territory-sls';
import { planStaffing } from '@/lib/planning/plan-staffing';
import type { StaffingPlan, Territory } from '@/lib/planning/types';
import { scheduleStay } from '@/lib/scheduling/schedule-stay';
import { isRemoteMode } from '@/lib/workload/remote';
import type { SlsWorkload } from '@/lib/workload/types';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

const villageArbitrary = fc.record({
  sls: fc.array(fc.integer({ min: 0, max: 160 }), { minLength: 1, maxLength: 4 }),
  mode: fc.constantFrom('boat' as const, 'plane' as const, 'boat' as const, 'plane' as const, 'road' as const, 'foot' as const),
  travel: fc.integer({ min: 0, max: 3 }),
  local: fc.constantFrom(false, false, false, true),
});

/** 1-3 kecamatan of 1-7 villages, mostly by boat or plane: remote workloads. */
const workloadsArbitrary = fc.array(fc.array(villageArbitrary, { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 3 }).map((districts) =>
  districts.flatMap((villages, d) =>
    villages.flatMap((v, k) =>
      v.sls.map((families, s): SlsWorkload => ({
        slsCode: `65.03.${pad(d + 1, 2)}.${2001 + k}.${pad(s + 1, 4)}`,
        villageCode: `65.03.${pad(d + 1, 2)}.${2001 + k}`,
        districtCode: `65.03.${pad(d + 1, 2)}`,
        families,
        accessMode: v.mode,
        travelDaysOneWay: v.travel,
        localStaff: v.local,
      })),
    ),
  ),
);

const million = (min: number, max: number) => fc.integer({ min: min * 10, max: max * 10 }).map((n) => n * 100_000);

const paramsArbitrary = fc
  .record({
    minDailyFamilies: fc.integer({ min: 4, max: 10 }),
    spread: fc.integer({ min: 0, max: 6 }),
    reserveDays: fc.integer({ min: 0, max: 6 }),
    restWeekdays: fc.subarray([0, 6]),
    pplPerPml: fc.integer({ min: 1, max: 5 }),
    supervisionEveryDays: fc.constantFrom(2, 5, 7, 10, 14, 30),
    maxStopsPerTrip: fc.integer({ min: 1, max: 4 }),
    seatsPerBoat: fc.integer({ min: 1, max: 10 }),
    seatsPerPlane: fc.integer({ min: 1, max: 7 }),
    extraStopRupiah: fc.option(million(0, 10), { nil: null }),
    interVillageTravelDays: fc.integer({ min: 0, max: 2 }),
    honorPplRupiah: million(1, 8),
    honorPmlRupiah: million(1, 12),
    boatLegRupiah: million(0, 8),
    planeSortieRupiah: million(1, 30),
  })
  .map(({ spread, ...p }): OperationParams => ({ ...defaultOperationParams, ...p, maxDailyFamilies: p.minDailyFamilies + spread }));

const input = fc.record({ workloads: workloadsArbitrary, params: paramsArbitrary });

const days = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));
const charterTerritory = (t: Territory) => t.remote && isRemoteMode(t.accessMode);

/** The village a PPL works at on open day `index` of their stay. */
function villageAt(territory: Territory, stay: Stay, index: number): string {
  let at = territory.villageCodes[0]!;
  for (const move of stay.moves) if (move.index <= index) at = move.villageCode;
  return at;
}

function checkTrips(plan: StaffingPlan, params: OperationParams) {
  let rupiah = 0;
  for (const trip of plan.trips) {
    const price = charterPrice({ mode: trip.mode, districtCode: trip.districtCode, params });
    const aboard = trip.kind === 'supervision' ? new Set(trip.stops.flatMap((s) => s.people)).size : trip.kind === 'move' ? trip.stops[0]!.people.length : trip.stops.reduce((sum, s) => sum + s.people.length, 0);
    expect(trip.seatsUsed).toBe(aboard);
    expect(trip.seatsUsed).toBeGreaterThan(0);
    expect(trip.seatsUsed).toBeLessThanOrEqual(trip.seats); // seats never exceeded
    expect(trip.seats).toBe(price.seats);
    if (trip.kind !== 'move') expect(trip.stops.length).toBeLessThanOrEqual(params.maxStopsPerTrip);
    expect(new Set(trip.stops.map((s) => s.villageCode)).size).toBe(trip.stops.length);
    for (const stop of trip.stops) expect(stop.villageCode.startsWith(`${trip.districtCode}.`)).toBe(true);
    expect(trip.costRupiah).toBe(tripRupiah({ kind: trip.kind, stops: trip.stops.length, price }));
    rupiah += trip.costRupiah;
  }
  expect(plan.budget.chartersRupiah).toBe(rupiah);
}

describe('charter pooling keeps every rule on random remote workloads', () => {
  it('prices every trip by its legs and stops, inside its seats and maxStopsPerTrip, and the budget adds them up', () => {
    fc.assert(
      fc.property(input, ({ workloads, params }) => checkTrips(planStaffing({ workloads, params, areaCode: '65' }), params)),
      { numRuns: 150 },
    );
  });

  it('visits every family inside the window, no PPL above maxDailyFamilies, teams in before they start and out after they end', () => {
    fc.assert(
      fc.property(input, ({ workloads, params }) => {
        const plan = planStaffing({ workloads, params, areaCode: '65' });
        const open = openDays(plan.workingDays);
        const window = new Set(plan.workingDays.windowDates);
        expect(plan.territories.reduce((sum, t) => sum + t.families, 0)).toBe(workloads.reduce((sum, w) => sum + w.families, 0));
        const riders = new Set(plan.trips.flatMap((t) => t.stops.flatMap((s) => s.people)));
        for (const territory of plan.territories) {
          // as without pooling, only a flagged territory is above the maximum (an oversized SLS, travel cut, or the cutter's last resort)
          const breaksNorm = territory.flag !== null && territory.flag.code !== 'remote_small_village' && territory.flag.code !== 'below_minimum';
          if (!breaksNorm) expect(territory.familiesPerDay).toBeLessThanOrEqual(params.maxDailyFamilies);
          if (territory.villageCodes.length > 1 && territory.remote) expect(breaksNorm).toBe(false); // villages share a PPL only within the norms
          if (!charterTerritory(territory) || territory.localStaff) {
            expect(riders.has(territory.label)).toBe(false); // road, foot and local PPL ride no charter
            continue;
          }
          const inbound = plan.trips.filter((t) => t.kind === 'inbound' && t.stops.some((s) => s.people.includes(territory.label)));
          const outbound = plan.trips.filter((t) => t.kind === 'outbound' && t.stops.some((s) => s.people.includes(territory.label)));
          expect([inbound.length, outbound.length]).toEqual([1, 1]); // in once, out once
          const stay = stayOf({ label: territory.label, trips: plan.trips, open })!;
          const sls = listTerritorySls({ plan, workloads, territory });
          const schedule = scheduleStay({ sls, onSiteDays: territory.onSiteDays, stay, workingDays: plan.workingDays });
          expect(schedule.reduce((sum, d) => sum + d.families, 0)).toBe(territory.families);
          expect(new Set(schedule.flatMap((d) => d.slsCodes))).toEqual(new Set(sls.map((s) => s.slsCode)));
          if (!breaksNorm) for (const day of schedule) expect(day.families).toBeLessThanOrEqual(params.maxDailyFamilies);
          const work = schedule.filter((d) => d.kind === 'work').map((d) => d.date);
          expect(work).toHaveLength(territory.onSiteDays);
          // in on the first day on site, at the first village; out after the last work day and the reserve, from the last village
          const arrival = inbound[0]!.stops.find((s) => s.people.includes(territory.label))!;
          const leaving = outbound[0]!.stops.find((s) => s.people.includes(territory.label))!;
          expect([arrival.villageCode, arrival.date]).toEqual([territory.villageCodes[0], territory.onSiteStartDate]);
          expect(leaving.villageCode).toBe(territory.villageCodes[territory.villageCodes.length - 1]);
          expect(work[0]! >= arrival.date && work[work.length - 1]! <= territory.onSiteEndDate).toBe(true);
          expect(leaving.date >= territory.onSiteEndDate).toBe(true);
          if (stay.travelDaysOneWay > 0) expect(work.every((d) => d < leaving.date)).toBe(true);
          const reserve = schedule.filter((d) => d.kind === 'reserve').map((d) => d.date);
          expect(reserve.every((d) => d > work[work.length - 1]! && (d < leaving.date || stay.travelDaysOneWay === 0))).toBe(true); // reserve inside the stay, before the trip out
          expect(window.has(territory.endDate) && territory.endDate === open[open.length - 1]).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('supervises every remote PPL at least every supervisionEveryDays: a PML staying with them, or visiting where they are', () => {
    fc.assert(
      fc.property(input, ({ workloads, params }) => {
        const plan = planStaffing({ workloads, params, areaCode: '65' });
        const open = openDays(plan.workingDays);
        for (const team of plan.teams) {
          expect(team.territoryIndexes.length).toBeLessThanOrEqual(params.pplPerPml);
          const remote = team.territoryIndexes.map((i) => plan.territories[i]!).filter(charterTerritory);
          if (remote.length === 0) continue;
          expect(remote).toHaveLength(team.territoryIndexes.length); // remote PPL are teamed apart from road ones
          const rides = plan.trips.filter((t) => t.stops.some((s) => s.people.includes(team.label)));
          const stays = rides.some((t) => t.kind === 'inbound');
          for (const territory of remote) {
            const stay = territory.localStaff ? null : stayOf({ label: territory.label, trips: plan.trips, open })!;
            const [first, last] = stay ? [open[stay.arriveIndex]!, open[stay.leaveIndex - (stay.travelDaysOneWay > 0 ? 1 : 0)]!] : [open[0]!, open[open.length - 1]!];
            let gaps: [string, string][];
            if (stays) {
              // the PML rides in and out with the team (for local PPL: arriving and leaving on their own)
              expect(rides.filter((t) => t.kind === 'inbound')).toHaveLength(1);
              expect(rides.filter((t) => t.kind === 'outbound')).toHaveLength(1);
              expect(rides.some((t) => t.kind === 'supervision')).toBe(false);
              const pmlIn = rides.find((t) => t.kind === 'inbound')!.stops.find((s) => s.people.includes(team.label))!.date;
              const pmlOut = rides.find((t) => t.kind === 'outbound')!.stops.find((s) => s.people.includes(team.label))!.date;
              gaps = [[first, pmlIn], [pmlOut, last]]; // on site with them from arriving to leaving
            } else {
              const seen = rides
                .filter((t) => t.kind === 'supervision')
                .flatMap((t) => t.stops.filter((s) => s.people.includes(team.label) && s.villageCode === (stay ? villageAt(territory, stay, openIndexOf(open, s.date)) : territory.villageCodes[0])).map((s) => s.date));
              const marks = [first, ...seen.filter((d) => d >= first && d <= last), last].sort();
              gaps = marks.slice(1).map((d, k) => [marks[k]!, d]);
            }
            for (const [from, to] of gaps) expect(days(from, to)).toBeLessThanOrEqual(params.supervisionEveryDays);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('optimises with the same rupiah the trips it then builds cost', () => {
    fc.assert(
      fc.property(input, ({ workloads, params }) => {
        const plan = planStaffing({ workloads, params: { ...params, charterPooling: false }, areaCode: '65' });
        const open = openDays(plan.workingDays);
        for (const group of travelGroups({ territories: plan.territories, workingDays: plan.workingDays, open, villageTravelDays: () => 1 })) {
          const context = { open, price: charterPrice({ mode: group.mode, districtCode: group.districtCode, params }), params };
          const outcome = improveGroup({ group, context, params });
          const ppl = outcome.config.sites.reduce((sum, site) => sum + site.ppl.length, 0);
          const honors = ppl * params.honorPplRupiah + outcome.config.teams.length * params.honorPmlRupiah;
          expect(outcome.costRupiah).toBe(honors + outcome.trips.reduce((sum, t) => sum + t.costRupiah, 0));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('plans the same input the same way', () => {
    fc.assert(
      fc.property(input, ({ workloads, params }) => {
        const [a, b] = [planStaffing({ workloads, params, areaCode: '65' }), planStaffing({ workloads, params, areaCode: '65' })];
        expect(b.trips).toEqual(a.trips);
        expect(b.territories.map((t) => [t.label, t.villageCodes, t.teamIndex])).toEqual(a.territories.map((t) => [t.label, t.villageCodes, t.teamIndex]));
        expect(b.pooling).toEqual(a.pooling);
      }),
      { numRuns: 50 },
    );
  });
});

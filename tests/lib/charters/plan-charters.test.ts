import { describe, expect, it } from 'vitest';
import { planCharters } from '@/lib/charters/plan-charters';
import { splitSeats } from '@/lib/charters/split-seats';
import { supervisionDates } from '@/lib/charters/supervision-dates';
import { tripCostRupiah } from '@/lib/charters/trip-cost';
import { defaultOperationParams as params } from '@/lib/operations/params';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { onSiteDays } from '@/lib/planning/on-site-days';
import type { Territory } from '@/lib/planning/types';
import type { AccessMode } from '@/lib/workload/types';

const workingDays = countWorkingDays({ params }); // 15 Oct .. 8 Nov (25 days), reserve 9..14 Nov

/** `count` territories of one village, as the planner makes them, in PML teams of `perTeam`. */
function territories(villageCode: string, count: number, access: { mode: AccessMode; travel: number; local: boolean }, perTeam = 4) {
  const { travelDaysOneWay, onSiteDays: days } = onSiteDays({ workingDayCount: 25, travelDaysOneWay: access.local ? 0 : access.travel });
  return Array.from({ length: count }, (_, i): Pick<Territory, 'districtCode' | 'villageCodes' | 'accessMode' | 'remote' | 'localStaff' | 'travelDaysOneWay' | 'onSiteStartDate' | 'onSiteEndDate' | 'teamIndex'> => ({
    districtCode: villageCode.slice(0, 8),
    villageCodes: [villageCode],
    accessMode: access.mode,
    remote: true,
    localStaff: access.local,
    travelDaysOneWay,
    onSiteStartDate: workingDays.dates[travelDaysOneWay]!,
    onSiteEndDate: workingDays.dates[travelDaysOneWay + days - 1]!,
    teamIndex: Math.floor(i / perTeam),
  }));
}

describe('planCharters', () => {
  it('flies 9 outside PPL into a plane village and out, with a PML visit every 7 days', () => {
    // 1 day each way: on site 16 Oct .. 7 Nov. In: 15 Oct, 9 people on 7-seat planes = 2 sorties (7 + 2).
    // Out: the first day back, 8 Nov, 2 sorties. Visits 7, 14, 21 days after 16 Oct: 23 Oct, 30 Oct, 6 Nov;
    // 3 PML teams (4 + 4 + 1) fit one plane: 1 sortie in and 1 back per visit = 6. 10 sorties x Rp 15 million.
    const [charter] = planCharters({ territories: territories('65.02.05.2001', 9, { mode: 'plane', travel: 1, local: false }), workingDays, params });
    expect(charter!.trips.map((t) => `${t.kind} ${t.date} ${t.seats}`)).toEqual([
      'inbound 2022-10-15 7',
      'inbound 2022-10-15 2',
      'supervision 2022-10-23 3',
      'supervision 2022-10-23 3',
      'supervision 2022-10-30 3',
      'supervision 2022-10-30 3',
      'supervision 2022-11-06 3',
      'supervision 2022-11-06 3',
      'outbound 2022-11-08 7',
      'outbound 2022-11-08 2',
    ]);
    expect(charter).toMatchObject({ villageCode: '65.02.05.2001', mode: 'plane', ppl: 9, costRupiah: 10 * 15_000_000 });
  });

  it('prices plane sorties to highland provinces (94, 95) at the highland rate', () => {
    const [charter] = planCharters({ territories: territories('94.01.01.2001', 2, { mode: 'plane', travel: 1, local: false }), workingDays, params });
    // 1 in + 1 out + 3 visits x 2 = 8 sorties x Rp 100 million
    expect(charter!.trips).toHaveLength(8);
    expect(charter!.costRupiah).toBe(800_000_000);
  });

  it('sends no team in or out of a village with local staff, but still supervises it', () => {
    // boat, local staff: on site all 25 days (15 Oct .. 8 Nov); visits 22 Oct, 29 Oct, 5 Nov; 2 legs each at Rp 4 million
    const [charter] = planCharters({ territories: territories('65.03.01.2001', 2, { mode: 'boat', travel: 1, local: true }), workingDays, params });
    expect(charter!.trips.map((t) => `${t.kind} ${t.date}`)).toEqual([
      'supervision 2022-10-22',
      'supervision 2022-10-22',
      'supervision 2022-10-29',
      'supervision 2022-10-29',
      'supervision 2022-11-05',
      'supervision 2022-11-05',
    ]);
    expect(charter!.costRupiah).toBe(6 * 4_000_000);
  });

  it('dates every trip inside the window, whatever the travel days', () => {
    for (const travel of [0, 1, 2, 3, 12, 20]) {
      for (const charter of planCharters({ territories: territories('65.02.05.2002', 3, { mode: 'boat', travel, local: false }), workingDays, params })) {
        for (const trip of charter.trips) expect(trip.date >= '2022-10-15' && trip.date <= '2022-11-14').toBe(true);
        expect(charter.trips.filter((t) => t.kind === 'inbound')).toHaveLength(1);
        expect(charter.trips.filter((t) => t.kind === 'outbound')).toHaveLength(1);
      }
    }
  });

  it('ignores road and foot territories', () => {
    expect(planCharters({ territories: territories('64.71.01.1001', 3, { mode: 'foot', travel: 2, local: false }), workingDays, params })).toEqual([]);
  });
});

describe('charter parts', () => {
  it.each([
    { people: 0, seats: 7, trips: [] },
    { people: 7, seats: 7, trips: [7] },
    { people: 8, seats: 7, trips: [7, 1] },
    { people: 21, seats: 10, trips: [10, 10, 1] },
  ])('$people people on $seats-seat trips: $trips', ({ people, seats, trips }) => {
    expect(splitSeats({ people, seatsPerTrip: seats })).toEqual(trips);
  });

  it.each([
    { mode: 'boat', villageCode: '65.02.04.2003', cost: 4_000_000 },
    { mode: 'plane', villageCode: '65.02.04.2003', cost: 15_000_000 },
    { mode: 'plane', villageCode: '95.01.01.2001', cost: 100_000_000 },
    { mode: 'boat', villageCode: '95.01.01.2001', cost: 4_000_000 }, // highland pricing is for planes only
  ] as const)('$mode to $villageCode: Rp $cost a trip', ({ mode, villageCode, cost }) => {
    expect(tripCostRupiah({ mode, villageCode, params })).toBe(cost);
  });

  it('visits every N days after the first on-site day, never after the last', () => {
    expect(supervisionDates({ onSiteStartDate: '2022-10-15', onSiteEndDate: '2022-11-08', everyDays: 7 })).toEqual(['2022-10-22', '2022-10-29', '2022-11-05']);
    expect(supervisionDates({ onSiteStartDate: '2022-10-15', onSiteEndDate: '2022-10-21', everyDays: 7 })).toEqual([]);
    expect(supervisionDates({ onSiteStartDate: '2022-10-28', onSiteEndDate: '2022-11-04', everyDays: 7 })).toEqual(['2022-11-04']);
  });
});

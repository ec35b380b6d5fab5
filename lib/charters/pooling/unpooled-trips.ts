import type { OperationParams } from '../../operations/params';
import type { CharterTrip, Team, Territory, VillageCharter, WorkingDays } from '../../planning/types';
import { labelTrips } from './label-trips';
import type { Trip } from './types';

type TripTerritory = Pick<Territory, 'label' | 'villageCodes' | 'teamIndex' | 'onSiteStartDate'>;

/**
 * The legs of the unpooled rule (planCharters) as trips, so both rules show alike: every inbound or outbound leg a
 * trip to its one village with the PPL it carries, every supervision leg in with its leg back one round trip.
 */
export function unpooledTrips({ charters, territories, teams, workingDays, params }: {
  charters: readonly VillageCharter[];
  territories: readonly TripTerritory[];
  teams: readonly Pick<Team, 'label'>[];
  workingDays: Pick<WorkingDays, 'dates'>;
  params: Pick<OperationParams, 'seatsPerBoat' | 'seatsPerPlane'>;
}): Trip[] {
  const byVillage = new Map<string, TripTerritory[]>();
  for (const territory of territories) {
    if (territory.villageCodes.length !== 1) continue;
    const list = byVillage.get(territory.villageCodes[0]!) ?? [];
    list.push(territory);
    byVillage.set(territory.villageCodes[0]!, list);
  }
  const lastWorkingDate = workingDays.dates[workingDays.dates.length - 1]!;
  return labelTrips(
    charters.flatMap((charter) => {
      const list = byVillage.get(charter.villageCode) ?? [];
      const ppl = list.map((t) => t.label);
      const pml = [...new Set(list.map((t) => t.teamIndex))].map((t) => teams[t]?.label ?? '');
      const seats = charter.mode === 'boat' ? params.seatsPerBoat : params.seatsPerPlane;
      const trip = (legs: CharterTrip[], people: string[], dates: { depart: string; stop: string; back: string }) => ({
        districtCode: charter.districtCode,
        mode: charter.mode,
        kind: legs[0]!.kind,
        departDate: dates.depart,
        returnDate: dates.back,
        stops: [{ villageCode: charter.villageCode, date: dates.stop, people }],
        seats,
        seatsUsed: legs[0]!.seats,
        legs: legs.length,
        costRupiah: legs.reduce((sum, leg) => sum + leg.costRupiah, 0),
      });
      const trips: Omit<Trip, 'label'>[] = [];
      for (const kind of ['inbound', 'outbound'] as const) {
        let next = 0;
        for (const leg of charter.trips.filter((t) => t.kind === kind)) {
          const people = ppl.slice(next, next + leg.seats);
          next += leg.seats;
          const stop = kind === 'inbound' ? (list[0]?.onSiteStartDate ?? leg.date) : leg.date;
          trips.push(trip([leg], people, { depart: leg.date, stop, back: kind === 'inbound' ? stop : lastWorkingDate }));
        }
      }
      const visits = new Map<string, CharterTrip[]>();
      for (const leg of charter.trips) if (leg.kind === 'supervision') visits.set(leg.date, [...(visits.get(leg.date) ?? []), leg]);
      for (const [date, legs] of visits) {
        // planCharters adds the legs in (split by seats), then the same legs back
        const half = legs.length / 2;
        let next = 0;
        for (let i = 0; i < half; i++) {
          trips.push(trip([legs[i]!, legs[i + half]!], pml.slice(next, next + legs[i]!.seats), { depart: date, stop: date, back: date }));
          next += legs[i]!.seats;
        }
      }
      return trips;
    }),
  );
}

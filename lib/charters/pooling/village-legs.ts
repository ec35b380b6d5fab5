import type { Trip, TripKind } from './types';
import { villageCharters } from './village-charters';

/** One village's share of one trip, flat: what per-village lists (the Carter sheet, a PPL's page) show. */
export interface VillageLeg {
  villageCode: string;
  mode: Trip['mode'];
  kind: TripKind;
  tripDate: string;
  /** people it serves at that village */
  seats: number;
  /** its share of the trip's cost (rupiah) */
  costRupiah: number;
}

/** Every village's legs of the trips (villageCharters, flattened), villages in code order. */
export function villageLegs(trips: readonly Trip[]): VillageLeg[] {
  return villageCharters({ trips, territories: [] }).flatMap((v) =>
    v.trips.map((leg) => ({ villageCode: v.villageCode, mode: v.mode, kind: leg.kind, tripDate: leg.date, seats: leg.seats, costRupiah: leg.costRupiah })),
  );
}

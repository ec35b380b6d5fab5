import type { CharterTrip, Territory, VillageCharter } from '../../planning/types';
import { apportion } from '../../workload/generate';
import type { Trip } from './types';

type VillageTerritory = Pick<Territory, 'villageCodes' | 'localStaff' | 'remote'>;

/**
 * Each boat or plane village's share of the trips (the per-village view of the unpooled rule): a leg per trip that
 * stops there (dated as planCharters dates legs), with the people it serves there and its part of the trip's cost, split by people
 * (rupiah, whole: the shares add up to the trip). Villages in code order.
 */
export function villageCharters({ trips, territories }: { trips: readonly Trip[]; territories: readonly VillageTerritory[] }): VillageCharter[] {
  const villages = new Map<string, VillageCharter>();
  for (const trip of trips) {
    const shares = apportion(trip.costRupiah, trip.stops.map((stop) => Math.max(1, stop.people.length)));
    trip.stops.forEach((stop, k) => {
      const village = villages.get(stop.villageCode) ?? { villageCode: stop.villageCode, districtCode: trip.districtCode, mode: trip.mode, localStaff: false, ppl: 0, trips: [], costRupiah: 0 };
      villages.set(stop.villageCode, village);
      // dated as the unpooled legs are: inbound on the day it leaves the base, the others on the day at the village
      const leg: CharterTrip = { kind: trip.kind, date: trip.kind === 'inbound' ? trip.departDate : stop.date, seats: stop.people.length, costRupiah: shares[k]! };
      village.trips.push(leg);
      village.costRupiah += leg.costRupiah;
    });
  }
  for (const territory of territories) {
    if (!territory.remote) continue;
    for (const code of territory.villageCodes) {
      const village = villages.get(code);
      if (!village) continue;
      village.ppl++;
      village.localStaff = territory.localStaff;
    }
  }
  const list = [...villages.values()].sort((a, b) => (a.villageCode < b.villageCode ? -1 : 1));
  for (const village of list) village.trips.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return list;
}

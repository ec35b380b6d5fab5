import type { OperationParams } from '../../operations/params';
import { charterPrice, tripRupiah } from './trip-rupiah';
import type { Trip } from './types';

type PriceParams = Parameters<typeof charterPrice>[0]['params'];

export interface DroppedTravellers {
  /** the trips that changed, as they are now */
  changed: Trip[];
  /** labels of trips nobody rides any more */
  removed: string[];
  legsSaved: number;
  rupiahSaved: number;
}

/**
 * After a roster fill: a PPL recruited in the village they work needs no seat in or out of it. Takes them off the
 * inbound and outbound stops of their home village; a stop nobody uses goes, a trip nobody rides goes, and what is
 * left is priced again (rupiah). Moves and PML visits stay.
 */
export function dropLocalTravellers({ trips, homeOf, params }: {
  trips: readonly Trip[];
  /** the home village of each PPL slot filled by a roster person, by slot label */
  homeOf: ReadonlyMap<string, string>;
  params: PriceParams & Pick<OperationParams, 'maxStopsPerTrip'>;
}): DroppedTravellers {
  const result: DroppedTravellers = { changed: [], removed: [], legsSaved: 0, rupiahSaved: 0 };
  for (const trip of trips) {
    if (trip.kind !== 'inbound' && trip.kind !== 'outbound') continue;
    const stops = trip.stops
      .map((stop) => ({ ...stop, people: stop.people.filter((label) => homeOf.get(label) !== stop.villageCode) }))
      .filter((stop) => stop.people.length > 0);
    const seatsUsed = stops.reduce((sum, stop) => sum + stop.people.length, 0);
    if (seatsUsed === trip.seatsUsed) continue;
    if (stops.length === 0) {
      result.removed.push(trip.label);
      result.legsSaved += trip.legs;
      result.rupiahSaved += trip.costRupiah;
      continue;
    }
    const costRupiah = tripRupiah({ kind: trip.kind, stops: stops.length, price: charterPrice({ mode: trip.mode, districtCode: trip.districtCode, params }) });
    result.changed.push({ ...trip, stops, seatsUsed, costRupiah });
    result.rupiahSaved += trip.costRupiah - costRupiah;
  }
  return result;
}

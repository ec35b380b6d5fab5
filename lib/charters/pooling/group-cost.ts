import { siteRoute, visitUnits, type GroupContext, type VisitDays } from './group-trips';
import { packPassengers } from './pack-passengers';
import { packVisits } from './pack-visits';
import type { GroupConfig, TravelGroup } from './travel-group';
import { tripRupiah } from './trip-rupiah';

/** Costs already packed for a group, by what they depend on: the optimizer asks for the same packings many times. */
export interface CostMemo {
  passengers: Map<string, number>;
  visits: Map<string, number>;
}

export const emptyMemo = (): CostMemo => ({ passengers: new Map(), visits: new Map() });

/**
 * The charter rupiah of groupTrips for a configuration, without building the trips: the same packings, looked up
 * by what their cost depends on (how many people each stop has; which villages each visiting PML needs).
 * Out costs as much as in: the same people, each site's at one stop.
 */
export function groupChartersRupiah(group: TravelGroup, config: GroupConfig, context: GroupContext, visits: VisitDays, memo: CostMemo): number {
  const { price, params, open } = context;
  const residents = new Int32Array(config.sites.length);
  let visiting = false;
  for (const team of config.teams) {
    if (team.resident) residents[team.members[0]!.site]!++;
    else visiting = true;
  }
  let rupiah = 2 * passengersRupiah(config, residents, context, memo);
  config.sites.forEach((site, s) => {
    if (site.villageDays) rupiah += (site.villages.length - 1) * Math.ceil((site.ppl.length + residents[s]!) / price.seats) * tripRupiah({ kind: 'move', stops: 2, price });
  });
  if (!visiting) return rupiah;
  const routes = config.sites.map((site) => siteRoute(site, group.travelDays, open.length, params.interVillageTravelDays));
  for (const local of [false, true]) {
    for (const { units } of visitUnits(config, routes, visits[local ? 'local' : 'outside'], local)) {
      const unitKey = units.map((u) => u.stops.join('.')).join('|');
      let cost = memo.visits.get(unitKey);
      if (cost === undefined) {
        cost = packVisits({ units, seats: price.seats, maxStops: params.maxStopsPerTrip }).reduce((sum, trip) => sum + tripRupiah({ kind: 'supervision', stops: trip.stops.length, price }), 0);
        memo.visits.set(unitKey, cost);
      }
      rupiah += cost;
    }
  }
  return rupiah;
}

/** Rupiah of the trips in (the same as out) when each site has its outside PPL and `residents[site]` staying PML to carry. */
export function passengersRupiah(config: GroupConfig, residents: Int32Array, { price, params }: GroupContext, memo: CostMemo): number {
  const counts: number[] = [];
  config.sites.forEach((site, s) => {
    const people = (site.local ? 0 : site.ppl.length) + residents[s]!;
    if (people > 0) counts.push(people);
  });
  counts.sort((a, b) => b - a);
  const key = counts.join(',');
  let rupiah = memo.passengers.get(key);
  if (rupiah === undefined) {
    const demands = counts.map((count, stop) => ({ stop, people: Array.from({ length: count }, (_, k) => k) }));
    rupiah = packPassengers({ demands, price, maxStops: params.maxStopsPerTrip }).reduce((sum, trip) => sum + tripRupiah({ kind: 'inbound', stops: trip.stops.length, price }), 0);
    memo.passengers.set(key, rupiah);
  }
  return rupiah;
}

import { tripRupiah, type CharterPrice } from './trip-rupiah';

/** People to take to (or fetch from) one stop: a village, by its number in route order. */
export interface StopDemand {
  stop: number;
  people: readonly number[];
}

/** A packed trip: its stops in route order, each with the people it serves there. */
export interface PackedTrip {
  stops: { stop: number; people: number[] }[];
}

/**
 * Inbound or outbound trips of one kecamatan, mode and travel: every person on exactly one trip, no trip above
 * `seats` people or `maxStops` villages, at the lowest cost of two packings (ties: the first): whole villages first
 * fit by size (full trips for large villages), or villages split across trips filled in turn.
 */
export function packPassengers({ demands, price, maxStops }: { demands: readonly StopDemand[]; price: CharterPrice; maxStops: number }): PackedTrip[] {
  const wanted = demands.filter((d) => d.people.length > 0).sort((a, b) => b.people.length - a.people.length || a.stop - b.stop);
  if (wanted.length === 0) return [];
  const whole = packWhole(wanted, price.seats, maxStops);
  const split = packSplit(wanted, price.seats, maxStops);
  const best = cost(split, price) < cost(whole, price) ? split : whole;
  for (const trip of best) trip.stops.sort((a, b) => a.stop - b.stop);
  return best;
}

function cost(trips: readonly PackedTrip[], price: CharterPrice): number {
  return trips.reduce((sum, trip) => sum + tripRupiah({ kind: 'inbound', stops: trip.stops.length, price }), 0);
}

/** First fit decreasing, a village on one trip unless it fills whole trips by itself. */
function packWhole(demands: readonly StopDemand[], seats: number, maxStops: number): PackedTrip[] {
  const trips: PackedTrip[] = [];
  const used: number[] = [];
  const rest: StopDemand[] = [];
  for (const { stop, people } of demands) {
    const full = Math.floor(people.length / seats);
    for (let k = 0; k < full; k++) {
      trips.push({ stops: [{ stop, people: people.slice(k * seats, (k + 1) * seats) }] });
      used.push(seats);
    }
    if (people.length > full * seats) rest.push({ stop, people: people.slice(full * seats) });
  }
  rest.sort((a, b) => b.people.length - a.people.length || a.stop - b.stop);
  for (const { stop, people } of rest) {
    const fit = trips.findIndex((trip, k) => used[k]! + people.length <= seats && trip.stops.length < maxStops);
    if (fit >= 0) {
      trips[fit]!.stops.push({ stop, people: [...people] });
      used[fit]! += people.length;
    } else {
      trips.push({ stops: [{ stop, people: [...people] }] });
      used.push(people.length);
    }
  }
  return trips;
}

/** Next fit: trips filled in turn, a village's people split over two trips where one fills up. */
function packSplit(demands: readonly StopDemand[], seats: number, maxStops: number): PackedTrip[] {
  const trips: PackedTrip[] = [];
  let current: PackedTrip | null = null;
  let used = 0;
  for (const { stop, people } of demands) {
    let next = 0;
    while (next < people.length) {
      if (current === null || used === seats || current.stops.length === maxStops) {
        current = { stops: [] };
        trips.push(current);
        used = 0;
      }
      const take = Math.min(seats - used, people.length - next);
      current.stops.push({ stop, people: people.slice(next, next + take) });
      used += take;
      next += take;
    }
  }
  return trips;
}

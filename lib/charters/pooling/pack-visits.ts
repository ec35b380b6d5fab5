import type { PackedTrip } from './pack-passengers';

/** A visiting PML and the villages where their team is on the day of the visit. */
export interface VisitUnit {
  person: number;
  stops: readonly number[];
}

/**
 * Supervision trips of one day: each PML on one trip that serves all their team's villages at once, several PML
 * sharing a trip while seats and `maxStops` allow (best fit: the trip its villages add fewest stops to, the PML with
 * most villages first, then in team order). A PML whose
 * villages alone exceed maxStops gets trips of maxStops villages each.
 */
export function packVisits({ units, seats, maxStops }: { units: readonly VisitUnit[]; seats: number; maxStops: number }): PackedTrip[] {
  const order = [...units].sort((a, b) => b.stops.length - a.stops.length || b.person - a.person);
  const trips: { stops: Map<number, number[]>; people: number }[] = [];
  for (const unit of order) {
    const chunks: number[][] = [];
    for (let k = 0; k < unit.stops.length; k += maxStops) chunks.push(unit.stops.slice(k, k + maxStops));
    for (const chunk of chunks) {
      const fit = chunks.length > 1 ? undefined : bestFit(trips, chunk, seats, maxStops);
      const trip = fit ?? { stops: new Map<number, number[]>(), people: 0 };
      if (!fit) trips.push(trip);
      trip.people++;
      for (const stop of chunk) trip.stops.set(stop, [...(trip.stops.get(stop) ?? []), unit.person]);
    }
  }
  return trips.map((trip) => ({ stops: [...trip.stops].sort((a, b) => a[0] - b[0]).map(([stop, people]) => ({ stop, people })) }));
}

function bestFit<T extends { stops: Map<number, number[]>; people: number }>(trips: readonly T[], stops: readonly number[], seats: number, maxStops: number): T | undefined {
  let best: T | undefined;
  let added = Infinity;
  for (const trip of trips) {
    const size = union(trip.stops, stops);
    if (trip.people < seats && size <= maxStops && size - trip.stops.size < added) [best, added] = [trip, size - trip.stops.size];
  }
  return best;
}

function union(stops: ReadonlyMap<number, number[]>, more: readonly number[]): number {
  let size = stops.size;
  for (const stop of more) if (!stops.has(stop)) size++;
  return size;
}

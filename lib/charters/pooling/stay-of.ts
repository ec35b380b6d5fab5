import { openIndexOf } from './stay';
import type { Trip } from './types';

/** A remote PPL's stay as their trips make it, in open-day indexes (working days, then reserve days). */
export interface Stay {
  /** first day on site, after the trip in */
  arriveIndex: number;
  /** the day they leave the last village (travelling from then on, unless it is the last open day and they travel none) */
  leaveIndex: number;
  /** travel days each way */
  travelDaysOneWay: number;
  /** moves of a shared PPL: from the first travel day to the first day at the next village */
  moves: { index: number; arriveIndex: number; villageCode: string }[];
}

/** The stay of the person `label` from the trips that carry them; null when no trip takes them in (road or local staff). */
export function stayOf({ label, trips, open }: { label: string; trips: readonly Trip[]; open: readonly string[] }): Stay | null {
  const carrying = trips.filter((trip) => trip.stops.some((stop) => stop.people.includes(label)));
  const inbound = carrying.find((trip) => trip.kind === 'inbound');
  const outbound = carrying.find((trip) => trip.kind === 'outbound');
  if (!inbound || !outbound) return null;
  const arriveIndex = openIndexOf(open, inbound.stops.find((s) => s.people.includes(label))!.date);
  const moves = carrying
    .filter((trip) => trip.kind === 'move')
    .map((trip) => ({ index: openIndexOf(open, trip.departDate), arriveIndex: openIndexOf(open, trip.returnDate), villageCode: trip.stops[1]!.villageCode }))
    .sort((a, b) => a.index - b.index);
  const travelDaysOneWay = arriveIndex - openIndexOf(open, inbound.departDate);
  return { arriveIndex, leaveIndex: openIndexOf(open, outbound.departDate), travelDaysOneWay, moves };
}

/** The stay of everyone a plan's trips carry, by label (stayOf for each, reading the trips once). */
export function staysOf({ trips, open }: { trips: readonly Trip[]; open: readonly string[] }): Map<string, Stay> {
  const carrying = new Map<string, Trip[]>();
  for (const trip of trips) {
    for (const label of new Set(trip.stops.flatMap((s) => s.people))) {
      const list = carrying.get(label);
      if (list) list.push(trip);
      else carrying.set(label, [trip]);
    }
  }
  const stays = new Map<string, Stay>();
  for (const [label, list] of carrying) {
    const stay = stayOf({ label, trips: list, open });
    if (stay) stays.set(label, stay);
  }
  return stays;
}

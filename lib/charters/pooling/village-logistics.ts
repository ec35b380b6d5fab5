import type { Trip } from './types';

/** A trip as a village sees it: which one, on what day. */
export interface TripCall {
  label: string;
  date: string;
}

/** How one boat or plane village is served: the trips bringing its team in and out, and when its PML is there. */
export interface VillageLogistics {
  villageCode: string;
  districtCode: string;
  mode: Trip['mode'];
  /** the trip (inbound, or a shared PPL's move) that brings people to work here, and the one that takes them on or out */
  arrivals: TripCall[];
  departures: TripCall[];
  /** a PML arrives with the team and stays until it leaves */
  pmlStays: boolean;
  /** days a visiting PML is here */
  visits: TripCall[];
}

const isPml = (label: string) => label.startsWith('PML ');

/** Per village, from a plan's trips, in village code order: arrivals, departures, and the PML's stay or visits. */
export function villageLogistics(trips: readonly Trip[]): VillageLogistics[] {
  const villages = new Map<string, VillageLogistics>();
  const at = (trip: Trip, villageCode: string) => {
    let village = villages.get(villageCode);
    if (!village) {
      village = { villageCode, districtCode: trip.districtCode, mode: trip.mode, arrivals: [], departures: [], pmlStays: false, visits: [] };
      villages.set(villageCode, village);
    }
    return village;
  };
  for (const trip of trips) {
    trip.stops.forEach((stop, k) => {
      const village = at(trip, stop.villageCode);
      const call = { label: trip.label, date: stop.date };
      if (trip.kind === 'supervision') village.visits.push(call);
      else if (trip.kind === 'inbound' || (trip.kind === 'move' && k === 1)) {
        village.arrivals.push(call);
        village.pmlStays ||= stop.people.some(isPml);
      } else village.departures.push(call);
    });
  }
  const byDate = (a: TripCall, b: TripCall) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.label < b.label ? -1 : 1);
  return [...villages.values()]
    .sort((a, b) => (a.villageCode < b.villageCode ? -1 : 1))
    .map((v) => ({ ...v, arrivals: v.arrivals.sort(byDate), departures: v.departures.sort(byDate), visits: v.visits.sort(byDate) }));
}

import type { OperationParams } from '../../operations/params';
import { supervisionDates } from '../supervision-dates';
import { packPassengers, type PackedTrip, type StopDemand } from './pack-passengers';
import { packVisits, type VisitUnit } from './pack-visits';
import { leaveIndex, openIndexOf, routeSegments, segmentAt, stayIndexes, type RouteSegment } from './stay';
import type { GroupConfig, Site, TravelGroup } from './travel-group';
import { tripLegs, tripRupiah, type CharterPrice } from './trip-rupiah';
import type { TripKind } from './types';

export type GroupParams = Pick<OperationParams, 'maxStopsPerTrip' | 'supervisionEveryDays' | 'interVillageTravelDays'>;

/** What one group's trips are computed with: the open days, the kecamatan's price for the mode, the rules. */
export interface GroupContext {
  open: readonly string[];
  price: CharterPrice;
  params: GroupParams;
}

/** Supervision visit dates of a group's teams, outside staff and local staff apart (their stays differ), with their open-day index. */
export type VisitDays = Record<'outside' | 'local', { date: string; index: number }[]>;

/** Visits every supervisionEveryDays from the first day on site to the last (supervisionDates), for both stays. */
export function visitDays(travelDays: number, context: GroupContext): VisitDays {
  const { open, params } = context;
  const dates = (stay: { first: number; last: number }) =>
    supervisionDates({ onSiteStartDate: open[stay.first]!, onSiteEndDate: open[stay.last]!, everyDays: params.supervisionEveryDays }).map((date) => ({ date, index: openIndexOf(open, date) }));
  return { outside: dates(stayIndexes(open.length, travelDays)), local: dates({ first: 0, last: open.length - 1 }) };
}

/** A trip of a group before it is labelled: villages by their index in the group, people by number (PPL: territory index; PML: -(team + 1)). */
export interface GroupTrip {
  kind: TripKind;
  departDate: string;
  returnDate: string;
  stops: { village: number; date: string; people: number[] }[];
  seatsUsed: number;
  costRupiah: number;
}

/** The PML of a group's team `t` as a passenger number. */
export const pmlPerson = (team: number) => -(team + 1);

/** The PPL of each team: each site's PPL handed to its teams in turn. */
export function teamMembers(config: GroupConfig): number[][] {
  const next = config.sites.map(() => 0);
  return config.teams.map((team) =>
    team.members.flatMap(({ site, count }) => {
      const from = next[site]!;
      next[site] = from + count;
      return config.sites[site]!.ppl.slice(from, from + count);
    }),
  );
}

/** The teams whose PML stays at each site. */
export function residentsBySite(config: GroupConfig): number[][] {
  const residents: number[][] = config.sites.map(() => []);
  config.teams.forEach((team, t) => {
    if (team.resident) residents[team.members[0]!.site]!.push(pmlPerson(t));
  });
  return residents;
}

/**
 * Every trip of one group under a configuration: teams (outside PPL and staying PML) in on the first open day and
 * out together at the end of their stay, visiting PML every supervisionEveryDays on trips serving all their team's
 * villages at once, and the moves of shared PPL. Costs in rupiah per the kecamatan's price.
 */
export function groupTrips(group: TravelGroup, config: GroupConfig, context: GroupContext, visits: VisitDays = visitDays(group.travelDays, context)): GroupTrip[] {
  const { open, price, params } = context;
  const count = open.length;
  const travel = group.travelDays;
  const residents = residentsBySite(config);
  const routes = config.sites.map((site) => siteRoute(site, travel, count, params.interVillageTravelDays));
  const travellers = (site: Site, s: number, end: 'first' | 'last'): StopDemand => ({
    stop: end === 'first' ? site.villages[0]! : site.villages[site.villages.length - 1]!,
    people: [...(site.local ? [] : site.ppl), ...residents[s]!],
  });
  const trips: GroupTrip[] = [];
  const add = (kind: TripKind, packed: readonly PackedTrip[], dates: { depart: string; stop: string; back: string }) => {
    for (const trip of packed) {
      const stops = trip.stops.map(({ stop, people }) => ({ village: stop, date: dates.stop, people }));
      const seatsUsed = kind === 'supervision' ? new Set(stops.flatMap((s) => s.people)).size : stops.reduce((sum, s) => sum + s.people.length, 0);
      trips.push({ kind, departDate: dates.depart, returnDate: dates.back, stops, seatsUsed, costRupiah: tripRupiah({ kind, stops: stops.length, price }) });
    }
  };
  const maxStops = params.maxStopsPerTrip;
  add('inbound', packPassengers({ demands: config.sites.map((site, s) => travellers(site, s, 'first')), price, maxStops }), { depart: open[0]!, stop: open[travel]!, back: open[travel]! });
  const leave = open[leaveIndex(count, travel)]!;
  add('outbound', packPassengers({ demands: config.sites.map((site, s) => travellers(site, s, 'last')), price, maxStops }), { depart: leave, stop: leave, back: open[count - 1]! });
  for (const local of [false, true]) {
    for (const { date, units } of visitUnits(config, routes, visits[local ? 'local' : 'outside'], local)) {
      add('supervision', packVisits({ units, seats: price.seats, maxStops }), { depart: date, stop: date, back: date });
    }
  }
  config.sites.forEach((site, s) => addMoves({ trips, site, route: routes[s]!, people: [...site.ppl, ...residents[s]!], open, price }));
  return trips;
}

/** Each visit day of the visiting PML of one stay: each PML with the villages where their team is that day. */
export function visitUnits(config: GroupConfig, routes: readonly (RouteSegment[] | null)[], days: VisitDays['local'], local: boolean): { date: string; units: VisitUnit[] }[] {
  const visiting: number[] = [];
  config.teams.forEach((team, t) => {
    if (!team.resident && config.sites[team.members[0]!.site]!.local === local) visiting.push(t);
  });
  if (visiting.length === 0) return [];
  return days.map(({ date, index }) => ({
    date,
    units: visiting.map((t) => ({
      person: pmlPerson(t),
      stops: [...new Set(config.teams[t]!.members.map(({ site }) => villageAt(config.sites[site]!, routes[site]!, index)))].sort((a, b) => a - b),
    })),
  }));
}

/** The route of a shared PPL (null for a site of one village). */
export function siteRoute(site: Site, travel: number, count: number, moveDays: number): RouteSegment[] | null {
  if (!site.villageDays) return null;
  return routeSegments({ arriveIndex: stayIndexes(count, travel).first, villageDays: site.villageDays, moveDays });
}

export function villageAt(site: Site, route: RouteSegment[] | null, index: number): number {
  return route ? site.villages[segmentAt(route, index)]! : site.villages[0]!;
}

/** A shared PPL's moves (with a PML staying with them): one leg each, as many as the seats need. */
function addMoves({ trips, site, route, people, open, price }: { trips: GroupTrip[]; site: Site; route: RouteSegment[] | null; people: number[]; open: readonly string[]; price: CharterPrice }) {
  if (!route) return;
  for (let j = 0; j + 1 < route.length; j++) {
    const [from, to] = [open[route[j]!.moveIndex!]!, open[route[j + 1]!.firstWorkIndex]!];
    for (let k = 0; k < people.length; k += price.seats) {
      const aboard = people.slice(k, k + price.seats);
      trips.push({
        kind: 'move',
        departDate: from,
        returnDate: to,
        stops: [{ village: site.villages[j]!, date: from, people: aboard }, { village: site.villages[j + 1]!, date: to, people: aboard }],
        seatsUsed: aboard.length,
        costRupiah: tripRupiah({ kind: 'move', stops: 2, price }),
      });
    }
  }
}

/** Legs of a group's trips. */
export function countLegs(trips: readonly Pick<GroupTrip, 'kind'>[]): number {
  return trips.reduce((sum, trip) => sum + tripLegs(trip.kind), 0);
}

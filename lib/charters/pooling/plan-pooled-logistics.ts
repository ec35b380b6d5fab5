import type { OperationParams } from '../../operations/params';
import type { DistrictTally } from '../../planning/split-territories';
import type { Team, Territory, WorkingDays } from '../../planning/types';
import { formPooledTeams, type RemoteTeam } from './form-pooled-teams';
import { teamMembers } from './group-trips';
import { improveGroup, type GroupOutcome } from './improve-group';
import { labelTrips } from './label-trips';
import { shareTerritories, type SharedTerritory } from './share-territories';
import { openDays } from './stay';
import { travelGroups, type TravelGroup } from './travel-group';
import { charterPrice, tripLegs } from './trip-rupiah';
import type { Trip } from './types';

export interface PooledLogisticsInput {
  /** the plan's territories (updated in place where they stay), SLS order and tallies from splitTerritories */
  territories: Territory[];
  slsOrder: Int32Array;
  tallies: readonly DistrictTally[];
  workingDays: WorkingDays;
  params: OperationParams;
  /** one-way travel days of a village from its kecamatan base */
  villageTravelDays: (villageCode: string) => number;
}

export interface PooledLogistics {
  territories: Territory[];
  slsOrder: Int32Array;
  tallies: DistrictTally[];
  teams: Team[];
  trips: Trip[];
  residentPml: number;
  visitingPml: number;
  sharedPpl: number;
}

/**
 * Boat and plane villages planned together (DESIGN.md 4.9): each travel group (kecamatan, mode, travel days)
 * optimised for honoraria plus charters (improveGroup), then the plan rebuilt around the result: shared PPL folded
 * into one territory each, outside PPL staying through their reserve days (out on the last open day), teams
 * formed, trips labelled with their passengers.
 */
export function planPooledLogistics(input: PooledLogisticsInput): PooledLogistics {
  const { workingDays, params } = input;
  const open = openDays(workingDays);
  const groups = travelGroups({ territories: input.territories, workingDays, open, villageTravelDays: input.villageTravelDays });
  const outcomes = groups.map((group) => improveGroup({ group, context: { open, price: charterPrice({ mode: group.mode, districtCode: group.districtCode, params }), params }, params }));
  const shared = outcomes.flatMap((outcome, g) => sharedTerritories(groups[g]!, outcome));
  const plan = shareTerritories({ territories: input.territories, slsOrder: input.slsOrder, tallies: input.tallies, shared, params });
  const at = (old: number) => plan.territories[plan.newIndex[old]!]!;
  for (const group of groups) for (const village of group.villages) if (!village.localStaff) for (const old of village.territories) if (plan.newIndex[old]! >= 0) at(old).endDate = open[open.length - 1]!;
  const remoteTeams: RemoteTeam[] = outcomes.flatMap((outcome, g) =>
    teamMembers(outcome.config).map((members, t) => ({
      districtCode: groups[g]!.districtCode,
      territoryIndexes: members.map((old) => plan.newIndex[old]!).sort((a, b) => a - b),
      resident: outcome.config.teams[t]!.resident,
    })),
  );
  const { teams, resident } = formPooledTeams({ territories: plan.territories, tallies: plan.tallies, remoteTeams, pplPerPml: params.pplPerPml });
  const trips = labelTrips(
    outcomes.flatMap((outcome, g) => {
      const group = groups[g]!;
      const members = teamMembers(outcome.config);
      const person = (p: number) => (p >= 0 ? at(p).label : teams[at(members[-p - 1]![0]!).teamIndex]!.label);
      const seats = charterPrice({ mode: group.mode, districtCode: group.districtCode, params }).seats;
      return outcome.trips.map((trip) => ({
        districtCode: group.districtCode,
        mode: group.mode,
        kind: trip.kind,
        departDate: trip.departDate,
        returnDate: trip.returnDate,
        stops: trip.stops.map((stop) => ({ villageCode: group.villages[stop.village]!.code, date: stop.date, people: stop.people.map(person) })),
        seats,
        seatsUsed: trip.seatsUsed,
        legs: tripLegs(trip.kind),
        costRupiah: trip.costRupiah,
      }));
    }),
  );
  return { ...plan, teams, trips, residentPml: resident.size, visitingPml: remoteTeams.length - resident.size, sharedPpl: shared.length };
}

function sharedTerritories(group: TravelGroup, outcome: GroupOutcome): SharedTerritory[] {
  return outcome.config.sites
    .filter((site) => site.villageDays !== null)
    .map((site) => {
      const route = site.villages.map((v) => group.villages[v]!.territories[0]!);
      return { keeper: route[0]!, route, villageDays: site.villageDays! };
    });
}

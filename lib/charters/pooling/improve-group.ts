import type { OperationParams } from '../../operations/params';
import { apportion } from '../../workload/generate';
import { emptyMemo, groupChartersRupiah, passengersRupiah, type CostMemo } from './group-cost';
import { groupTrips, visitDays, type GroupContext, type GroupTrip, type VisitDays } from './group-trips';
import { shareWorkDays } from './stay';
import { mayStay, type GroupConfig, type Site, type TeamPlan, type TravelGroup } from './travel-group';

export type ImproveParams = GroupContext['params'] & Pick<OperationParams, 'pplPerPml' | 'maxDailyFamilies' | 'honorPplRupiah' | 'honorPmlRupiah'>;

export interface GroupOutcome {
  config: GroupConfig;
  trips: GroupTrip[];
  /** honoraria of its PPL and PML plus its charters, in rupiah */
  costRupiah: number;
}

/** Beyond this many candidates of a kind, each is paired with its nearest few only, so large kecamatan stay fast. */
const allPairsUpTo = 24;
const nearest = 8;

/**
 * The cheapest staffing of one travel group the planner finds: starting from every village on its own with PML
 * staying where they may, it applies these changes while one lowers honoraria plus charters (rupiah):
 * two small villages share one PPL (their daily target kept within maxDailyFamilies), two teams of different
 * villages share one visiting PML, or a team's PML stays instead of visiting (or back). Deterministic.
 */
export function improveGroup({ group, context, params }: { group: TravelGroup; context: GroupContext; params: ImproveParams }): GroupOutcome {
  const visits = visitDays(group.travelDays, context);
  const memo = emptyMemo();
  let config = initialConfig(group, params);
  let cost = costRupiah(group, config, { context, params, visits, memo });
  // First improvement: take the first change that lowers the cost, then look again from the start. On a
  // kecamatan of 150 small boat villages this is a tenth of the work of taking the best change each round.
  for (let changed = true; changed; ) {
    changed = false;
    for (const candidate of neighbours(group, config, params, (a, b) => poolCannotPay(config, a, b, { context, params, visits, memo }))) {
      const candidateCost = costRupiah(group, candidate, { context, params, visits, memo });
      if (candidateCost >= cost) continue;
      [config, cost, changed] = [candidate, candidateCost, true];
      break;
    }
  }
  return { config, trips: groupTrips(group, config, context, visits), costRupiah: cost };
}

/** Honoraria of the group's PPL and PML plus its charters (rupiah). */
function costRupiah(group: TravelGroup, config: GroupConfig, { context, params, visits, memo }: { context: GroupContext; params: ImproveParams; visits: VisitDays; memo: CostMemo }): number {
  let rupiah = config.teams.length * params.honorPmlRupiah + groupChartersRupiah(group, config, context, visits, memo);
  for (const site of config.sites) rupiah += site.ppl.length * params.honorPplRupiah;
  return rupiah;
}

/**
 * True when teams a and b under one visiting PML must cost more: no PML visits their villages yet, so every visit
 * day needs a trip of its own (two legs), which outweighs the PML saved plus all their staying PML's seats in and out.
 */
function poolCannotPay(config: GroupConfig, a: number, b: number, { context, params, visits, memo }: { context: GroupContext; params: ImproveParams; visits: VisitDays; memo: CostMemo }): boolean {
  const local = config.sites[config.teams[a]!.members[0]!.site]!.local;
  if (config.teams.some((team) => !team.resident && config.sites[team.members[0]!.site]!.local === local)) return false;
  const residents = new Int32Array(config.sites.length);
  const without = new Int32Array(config.sites.length);
  config.teams.forEach((team, t) => {
    if (!team.resident) return;
    residents[team.members[0]!.site]!++;
    if (t !== a && t !== b) without[team.members[0]!.site]!++;
  });
  const seatsSaved = 2 * (passengersRupiah(config, residents, context, memo) - passengersRupiah(config, without, context, memo));
  return visits[local ? 'local' : 'outside'].length * 2 * context.price.legRupiah >= params.honorPmlRupiah + seatsSaved;
}

/** Every village its own site, its PPL in ceil(n / pplPerPml) teams of nearly equal size, each PML staying where they may. */
export function initialConfig(group: TravelGroup, params: Pick<OperationParams, 'pplPerPml' | 'supervisionEveryDays'>): GroupConfig {
  const sites: Site[] = group.villages.map((village, v) => ({ villages: [v], ppl: [...village.territories], local: village.localStaff, villageDays: null }));
  const teams: TeamPlan[] = sites.flatMap((site, s) => {
    const sizes = apportion(site.ppl.length, Array.from({ length: Math.ceil(site.ppl.length / params.pplPerPml) }, () => 1));
    return sizes.map((count) => ({ members: [{ site: s, count }], resident: mayStay({ site, group, params }) }));
  });
  return { sites, teams };
}

function* neighbours(group: TravelGroup, config: GroupConfig, params: ImproveParams, poolSkipped: (a: number, b: number) => boolean): Generator<GroupConfig> {
  const sharable = config.sites.map((_, s) => s).filter((s) => isSharable(group, config.sites[s]!));
  for (const [a, b] of pairs(sharable, (s) => familiesOf(group, config.sites[s]!))) {
    const merged = shareSites(group, config, Math.min(a, b), Math.max(a, b), params);
    if (merged) yield merged;
  }
  const teams = config.teams.map((_, t) => t);
  for (const [a, b] of pairs(teams, (t) => t)) {
    if (poolSkipped(Math.min(a, b), Math.max(a, b))) continue;
    const pooled = poolTeams(config, Math.min(a, b), Math.max(a, b), params);
    if (pooled) yield pooled;
  }
  for (let t = 0; t < config.teams.length; t++) {
    const team = config.teams[t]!;
    if (team.members.length !== 1) continue;
    if (!team.resident && !mayStay({ site: config.sites[team.members[0]!.site]!, group, params })) continue;
    yield { sites: config.sites, teams: config.teams.map((other, k) => (k === t ? { ...other, resident: !other.resident } : other)) };
  }
}

/** Pairs of items: all of them for few, else each with its `nearest` neighbours in the order of `rank`. */
function pairs(items: readonly number[], rank: (item: number) => number): [number, number][] {
  const list: [number, number][] = [];
  if (items.length <= allPairsUpTo) {
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) list.push([items[i]!, items[j]!]);
    return list;
  }
  const sorted = [...items].sort((a, b) => rank(a) - rank(b) || a - b);
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < Math.min(sorted.length, i + 1 + nearest); j++) list.push([sorted[i]!, sorted[j]!]);
  return list;
}

function familiesOf(group: TravelGroup, site: Site): number {
  return site.villages.reduce((sum, v) => sum + group.villages[v]!.families, 0);
}

function isSharable(group: TravelGroup, site: Site): boolean {
  return !site.local && site.ppl.length === 1 && site.villages.every((v) => group.villages[v]!.mergeable);
}

/** Sites a and b (a < b) worked by one PPL in village order, when the daily target allows; their teams keep a's. */
function shareSites(group: TravelGroup, config: GroupConfig, a: number, b: number, params: ImproveParams): GroupConfig | null {
  const villages = [...config.sites[a]!.villages, ...config.sites[b]!.villages].sort((x, y) => x - y);
  const workDays = group.villages[villages[0]!]!.onSiteDays - (villages.length - 1) * params.interVillageTravelDays;
  const villageDays = shareWorkDays({ families: villages.map((v) => group.villages[v]!.families), workDays, maxDailyFamilies: params.maxDailyFamilies });
  if (!villageDays) return null;
  const keeper = config.sites[a]!.villages.includes(villages[0]!) ? config.sites[a]! : config.sites[b]!;
  const merged: Site = { villages, ppl: [...keeper.ppl], local: false, villageDays };
  const sites = config.sites.flatMap((site, s) => (s === a ? [merged] : s === b ? [] : [site]));
  const moved = (s: number) => (s > b ? s - 1 : s);
  const teams = config.teams
    .map((team) => ({ ...team, members: team.members.filter((m) => m.site !== b).map((m) => ({ ...m, site: moved(m.site) })) }))
    .filter((team) => team.members.length > 0);
  return { sites, teams };
}

/** Teams a and b (a < b) under one visiting PML, when their PPL fit one team and their villages one trip. */
function poolTeams(config: GroupConfig, a: number, b: number, params: ImproveParams): GroupConfig | null {
  const [first, second] = [config.teams[a]!, config.teams[b]!];
  const members = [...first.members];
  for (const m of second.members) {
    const same = members.findIndex((x) => x.site === m.site);
    if (same >= 0) members[same] = { site: m.site, count: members[same]!.count + m.count };
    else members.push(m);
  }
  const size = members.reduce((sum, m) => sum + m.count, 0);
  if (size > params.pplPerPml || members.length > params.maxStopsPerTrip || members.length === 1) return null;
  if (new Set(members.map((m) => config.sites[m.site]!.local)).size > 1) return null;
  const teams = config.teams.flatMap((team, t) => (t === a ? [{ members, resident: false }] : t === b ? [] : [team]));
  return { sites: config.sites, teams };
}

import type { OperationParams } from '../../operations/params';
import { onSiteDays } from '../../planning/on-site-days';
import type { Territory, WorkingDays } from '../../planning/types';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { isRemoteMode, type RemoteAccessMode } from '../../workload/remote';
import { leaveIndex } from './stay';

/** A boat or plane village of a travel group, with its PPL territories. */
export interface GroupVillage {
  code: string;
  /** its territories (indexes into the plan's), in SLS order */
  territories: number[];
  families: number;
  localStaff: boolean;
  /** on-site work days of its PPL */
  onSiteDays: number;
  /** may share a PPL with other small villages: outside staff, one territory, travel not cut, no oversized SLS */
  mergeable: boolean;
}

/**
 * Boat or plane villages of one kecamatan reached with one mode in the same days: they share trips in and out on
 * the same dates, and their costs do not depend on any other group's, so each is optimised on its own.
 */
export interface TravelGroup {
  districtCode: string;
  mode: RemoteAccessMode;
  /** days each way for whoever comes from outside: their PPL, or the PML of locally staffed villages */
  travelDays: number;
  /** calendar days local PPL work before a PML coming to stay arrives (or after they leave), the longer */
  pmlAwayDays: number;
  villages: GroupVillage[];
}

type GroupTerritory = Pick<Territory, 'districtCode' | 'villageCodes' | 'accessMode' | 'remote' | 'localStaff' | 'travelDaysOneWay' | 'families' | 'onSiteDays' | 'flag'>;

/**
 * The travel groups of a plan, in kecamatan, mode and travel order, villages in code order. `villageTravelDays`
 * gives a village's one-way days from the base (the territories of local staff plan none).
 */
export function travelGroups({ territories, workingDays, open, villageTravelDays }: {
  territories: readonly GroupTerritory[];
  workingDays: Pick<WorkingDays, 'count'>;
  /** the open days (working, then reserve) */
  open: readonly string[];
  villageTravelDays: (villageCode: string) => number;
}): TravelGroup[] {
  const days = (from: number, to: number) => differenceInCalendarDays(parseISO(open[to]!), parseISO(open[from]!));
  const groups = new Map<string, TravelGroup>();
  const villages = new Map<string, GroupVillage>();
  territories.forEach((territory, index) => {
    if (!territory.remote || !isRemoteMode(territory.accessMode)) return;
    const code = territory.villageCodes[0]!;
    let village = villages.get(code);
    if (!village) {
      const travelDays = territory.localStaff ? onSiteDays({ workingDayCount: workingDays.count, travelDaysOneWay: villageTravelDays(code) }).travelDaysOneWay : territory.travelDaysOneWay;
      const key = `${territory.districtCode} ${territory.accessMode} ${travelDays}`;
      const pmlAwayDays = Math.max(days(0, travelDays), days(leaveIndex(open.length, travelDays), open.length - 1));
      const group = groups.get(key) ?? { districtCode: territory.districtCode, mode: territory.accessMode, travelDays, pmlAwayDays, villages: [] };
      groups.set(key, group);
      village = { code, territories: [], families: 0, localStaff: territory.localStaff, onSiteDays: territory.onSiteDays, mergeable: !territory.localStaff };
      villages.set(code, village);
      group.villages.push(village);
    }
    village.territories.push(index);
    village.families += territory.families;
    const breaksNorms = territory.flag !== null && (territory.flag.code === 'travel_cut' || territory.flag.code === 'oversized_sls');
    village.mergeable &&= village.territories.length === 1 && !breaksNorms;
  });
  const byKey = (a: TravelGroup, b: TravelGroup) => (a.districtCode !== b.districtCode ? (a.districtCode < b.districtCode ? -1 : 1) : a.mode !== b.mode ? (a.mode < b.mode ? -1 : 1) : a.travelDays - b.travelDays);
  const list = [...groups.values()].sort(byKey);
  for (const group of list) group.villages.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return list;
}

/** Where a group's PPL work: one village, or several small ones a shared PPL works in turn (route order). */
export interface Site {
  /** villages (indexes into the group's), in route order */
  villages: number[];
  /** PPL territory indexes */
  ppl: number[];
  local: boolean;
  /** work days at each village of a shared PPL's route; null for a single village */
  villageDays: number[] | null;
}

/** A PML team of a group: how many PPL it takes from which sites, and whether its PML stays with it. */
export interface TeamPlan {
  members: { site: number; count: number }[];
  resident: boolean;
}

/** How a group is staffed and supervised: what the optimizer changes. */
export interface GroupConfig {
  sites: Site[];
  teams: TeamPlan[];
}

/**
 * A PML may stay with a team of one site they are with in time: outside PPL arrive and leave with them; local PPL
 * work meanwhile, so the PML's travel in and out must each fit within supervisionEveryDays (calendar days).
 */
export function mayStay({ site, group, params }: { site: Site; group: TravelGroup; params: Pick<OperationParams, 'supervisionEveryDays'> }): boolean {
  return !site.local || group.pmlAwayDays <= params.supervisionEveryDays;
}

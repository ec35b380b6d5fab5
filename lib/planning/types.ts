import type { LogisticsFigures, PoolingReport, Trip, TripKind } from '../charters/pooling/types';
import type { AccessMode } from '../workload/types';
import type { DailyNorm, TerrainNote } from './terrain/types';

/** 'standard' sizes territories near minDailyFamilies (most staff, lightest load); 'lean' near maxDailyFamilies. */
export type PlanStrategy = 'standard' | 'lean';

/** The calendar of an operation's window: which dates are worked, kept in reserve or rested. */
export interface WorkingDays {
  /** every date of the window, in order */
  windowDates: string[];
  /** planned working dates, in order (the window minus rest days, holidays and the reserve) */
  dates: string[];
  count: number;
  /** the last working dates of the window, kept free for revisits and refusals */
  reserveDates: string[];
}

/**
 * Why a territory's daily target lies outside [minDailyFamilies, maxDailyFamilies], as a code with its numbers
 * (families a day rounded to one decimal, away from the norm it misses); app/ words it in the viewer's language.
 */
export type TerritoryFlag =
  | { code: 'travel_cut'; familiesPerDay: number }
  | { code: 'oversized_sls'; familiesPerDay: number; maxDailyFamilies: number }
  | { code: 'remote_small_village'; familiesPerDay: number }
  | { code: 'below_minimum'; familiesPerDay: number; minDailyFamilies: number }
  | { code: 'above_maximum'; familiesPerDay: number; maxDailyFamilies: number };

/** What a plan is reported with, as codes with their counts: flagged territories, SLS left without a PPL. */
export type PlanWarning =
  | { code: 'flagged_territories'; flagged: number; remote: number; minDailyFamilies: number; maxDailyFamilies: number }
  | { code: 'unassigned_sls'; sls: number };

/** One PPL's territory: whole SLS of one kecamatan, with its dates and daily target. */
export interface Territory {
  index: number;
  /** slot label, e.g. "PPL 64.71.01-007" */
  label: string;
  districtCode: string;
  /** villages of its SLS, in SLS order */
  villageCodes: string[];
  accessMode: AccessMode;
  /** a territory of its own remote village (boat, plane, or foot with travel): not counted as a road territory */
  remote: boolean;
  localStaff: boolean;
  /** travel days each way actually planned (0 for road and local staff) */
  travelDaysOneWay: number;
  families: number;
  slsCount: number;
  onSiteDays: number;
  familiesPerDay: number;
  /** first and last working day of the assignment, travel included */
  startDate: string;
  endDate: string;
  onSiteStartDate: string;
  onSiteEndDate: string;
  teamIndex: number;
  /** why the daily target is outside [minDailyFamilies, maxDailyFamilies], or null when it is inside */
  flag: TerritoryFlag | null;
  /** `plan.slsOrder.subarray(slsStart, slsEnd)` holds the indexes (into the workloads) of its SLS, in SLS order */
  slsStart: number;
  slsEnd: number;
  /** the norm it was cut to and flagged against: the operation's, or its village's terrain (lib/planning/terrain) */
  dailyNorm: DailyNorm;
}

/** A PML team: up to pplPerPml territories of one kecamatan. */
export interface Team {
  index: number;
  /** slot label, e.g. "PML 64.71.01-02" */
  label: string;
  districtCode: string;
  territoryIndexes: number[];
}

/** A KOSEKA post: one per kecamatan, two above kosekaSplitPpl PPL. */
export interface KosekaPost {
  label: string;
  districtCode: string;
}

/** The legs of a charter: PPL in, PPL out, a PML's supervision visit. */
export const charterKinds = ['inbound', 'outbound', 'supervision'] as const;
export type CharterKind = (typeof charterKinds)[number];

/** One dated charter trip (a boat leg or a plane sortie); with pooling, a village's share of a trip (a move too). */
export interface CharterTrip {
  kind: TripKind;
  date: string;
  /** people on board */
  seats: number;
  costRupiah: number;
}

/** Charter needs of one boat or plane village. */
export interface VillageCharter {
  villageCode: string;
  districtCode: string;
  mode: 'boat' | 'plane';
  localStaff: boolean;
  ppl: number;
  trips: CharterTrip[];
  costRupiah: number;
}

export interface Budget {
  ppl: number;
  pml: number;
  koseka: number;
  pplRupiah: number;
  pmlRupiah: number;
  kosekaRupiah: number;
  chartersRupiah: number;
  totalRupiah: number;
}

export interface FamiliesPerDaySpread {
  min: number;
  max: number;
  mean: number;
}

/** Per-kecamatan figures of a plan. */
export interface DistrictPlanRow {
  districtCode: string;
  families: number;
  sls: number;
  ppl: number;
  pml: number;
  koseka: number;
  /** families / (daily norm x on-site days), summed over its road pools and remote villages, each at its villages' norm */
  idealPpl: number;
  /** ceil(families / (maximum daily norm x working days)), each village at its norm */
  floorPpl: number;
  minFamiliesPerDay: number;
  maxFamiliesPerDay: number;
  meanFamiliesPerDay: number;
  flaggedTerritories: number;
  /** the norms it was planned with and why, largest share first */
  terrain: TerrainNote[];
}

/** How good a plan is (DESIGN.md 4.7). */
export interface PlanQuality {
  pplCount: number;
  idealPpl: number;
  idealPplRounded: number;
  floorPpl: number;
  roadPpl: number;
  roadIdealPpl: number;
  /** (roadPpl - roadIdealPpl) / roadIdealPpl, in percent; remote villages aside */
  deviationPct: number;
  /** daily targets of all territories */
  familiesPerDay: FamiliesPerDaySpread;
  /** daily targets of the territories without a flag */
  unflaggedFamiliesPerDay: FamiliesPerDaySpread;
  flaggedTerritories: number;
}

/** The result of planStaffing; schedules are made on demand with schedulePpl. */
export interface StaffingPlan {
  areaCode: string;
  strategy: PlanStrategy;
  families: number;
  slsCount: number;
  workingDays: WorkingDays;
  territories: Territory[];
  /** workload indexes grouped by territory (see Territory.slsStart) */
  slsOrder: Int32Array;
  teams: Team[];
  koseka: KosekaPost[];
  charters: VillageCharter[];
  budget: Budget;
  quality: PlanQuality;
  districts: DistrictPlanRow[];
  warnings: PlanWarning[];
  /** charter trips with their stops and passengers (lib/charters/pooling), under either rule */
  trips: Trip[];
  /** with charterPooling: the pooled figures against the unpooled plan of the same input; null without */
  pooling: PoolingReport | null;
  /** remote PPL, charter trips and legs of this plan */
  logistics: LogisticsFigures;
}

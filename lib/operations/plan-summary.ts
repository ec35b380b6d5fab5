import type { StaffCounts } from '../planning/staff-counts';
import type { TerrainNote } from '../planning/terrain/types';
import type { PoolingReport } from '../charters/pooling/types';
import type { DistrictPlanRow, PlanWarning } from '../planning/types';

/** Per-kecamatan figures of a saved plan: the planner's row with the kecamatan's name. */
export type DistrictSummary = Omit<DistrictPlanRow, 'meanFamiliesPerDay' | 'terrain'> & {
  districtName: string;
  /** the norms it was planned with and why; absent in plans saved before the terrain estimate */
  terrain?: TerrainNote[];
};

/** What a saved plan reports: headline figures, quality, budget and the per-kecamatan table. */
export interface PlanSummary {
  areaCode: string;
  areaName: string;
  strategy: 'standard' | 'lean';
  families: number;
  sls: number;
  workingDays: number;
  ppl: number;
  pml: number;
  koseka: number;
  staff: number;
  idealPpl: number;
  floorPpl: number;
  /** (ppl - ideal) / ideal over road territories, in percent */
  deviationPct: number;
  familiesPerDay: { min: number; max: number; mean: number };
  flaggedTerritories: number;
  charterLegs: number;
  /** charter trips and PPL of boat and plane villages (absent in plans saved before charter pooling) */
  charterTrips?: number;
  remotePpl?: number;
  /** with charterPooling: this plan's figures against the unpooled plan of the same input */
  pooling?: PoolingReport | null;
  budget: { pplRupiah: number; pmlRupiah: number; kosekaRupiah: number; chartersRupiah: number; totalRupiah: number };
  districts: DistrictSummary[];
  /** codes with their counts; a plan saved by an older version holds sentences (read with readPlanWarnings) */
  warnings: PlanWarning[];
  /** the staff with the operation's norm in every village (no terrain); absent when the plan used that norm already */
  plainRules?: StaffCounts;
}

export interface SummaryDelta {
  key: keyof PlanSummary | `budget.${keyof PlanSummary['budget']}` | `plainRules.${keyof StaffCounts}`;
  a: number;
  b: number;
  delta: number;
  /** b relative to a, in percent (null when a is 0) */
  deltaPct: number | null;
}

const comparedKeys = ['families', 'workingDays', 'ppl', 'pml', 'koseka', 'staff', 'idealPpl', 'floorPpl', 'flaggedTerritories', 'charterLegs'] as const;
const comparedLogistics = ['remotePpl', 'charterTrips'] as const;
const comparedBudget = ['pplRupiah', 'pmlRupiah', 'kosekaRupiah', 'chartersRupiah', 'totalRupiah'] as const;
const comparedPlain = ['ppl', 'staff'] as const;

/** A scenario's staff with the operation's norm everywhere: its own figures when the terrain changed nothing. */
export function plainStaff(summary: PlanSummary): StaffCounts {
  return summary.plainRules ?? { ppl: summary.ppl, pml: summary.pml, koseka: summary.koseka, staff: summary.staff };
}

/** Side-by-side differences of two scenarios (b minus a), for the comparison page; the terrain's against plain rules too. */
export function compareSummaries(a: PlanSummary, b: PlanSummary): SummaryDelta[] {
  const row = (key: SummaryDelta['key'], x: number, y: number): SummaryDelta => ({
    key,
    a: x,
    b: y,
    delta: y - x,
    deltaPct: x === 0 ? null : ((y - x) / x) * 100,
  });
  return [
    ...comparedKeys.map((k) => row(k, a[k], b[k])),
    ...comparedPlain.map((k) => row(`plainRules.${k}`, plainStaff(a)[k], plainStaff(b)[k])),
    ...comparedLogistics.map((k) => row(k, a[k] ?? 0, b[k] ?? 0)),
    row('familiesPerDay', a.familiesPerDay.mean, b.familiesPerDay.mean),
    ...comparedBudget.map((k) => row(`budget.${k}`, a.budget[k], b.budget[k])),
  ];
}

import type { Trip } from '../charters/pooling/types';
import type { StaffCounts } from '../planning/staff-counts';
import { storeTerritoryFlag } from '../planning/stored-notes';
import type { StaffingPlan } from '../planning/types';
import type { SlsWorkload } from '../workload/types';
import type { PlanSummary } from './plan-summary';

/** A staff position to save: PPL territories carry their SLS; PPL name their PML by key. */
export interface SlotToSave {
  key: string;
  label: string;
  role: 'ppl' | 'pml' | 'koseka';
  districtCode: string;
  supervisorKey?: string;
  families: number;
  onSiteDays: number;
  familiesPerDay: number;
  startDate: string | null;
  endDate: string | null;
  /** the territory's flag as stored: its code and numbers as JSON text (lib/planning/stored-notes.ts) */
  flag: string | null;
  sls: readonly { slsCode: string; families: number }[];
}

export interface CharterToSave {
  villageCode: string;
  mode: 'boat' | 'plane' | 'road' | 'foot';
  kind: 'inbound' | 'outbound' | 'supervision';
  tripDate: string;
  seats: number;
  costRupiah: number;
}

/** A charter trip to save: as the planner made it (lib/charters/pooling/types.ts). */
export type TripToSave = Trip;

export interface PlanRows {
  summary: PlanSummary;
  slots: SlotToSave[];
  /** per-village legs: only plans saved before trips existed have them */
  charters: CharterToSave[];
  trips: TripToSave[];
}

const noTerritory = { families: 0, onSiteDays: 0, familiesPerDay: 0, startDate: null, endDate: null, flag: null, sls: [] };

/** Turns a computed plan into what is saved: the summary shown on pages, slots with their SLS, charter trips. */
export function planToRows({ plan, workloads, areaName, districtNames, plain = null }: {
  plan: StaffingPlan;
  workloads: readonly SlsWorkload[];
  areaName: string;
  districtNames: ReadonlyMap<string, string>;
  /** the staff with the operation's norm everywhere, when the terrain changed the plan */
  plain?: StaffCounts | null;
}): PlanRows {
  const slots: SlotToSave[] = [
    ...plan.koseka.map((k) => ({ ...noTerritory, key: k.label, label: k.label, role: 'koseka' as const, districtCode: k.districtCode })),
    ...plan.teams.map((t) => ({ ...noTerritory, key: t.label, label: t.label, role: 'pml' as const, districtCode: t.districtCode })),
    ...plan.territories.map((t) => {
      const sls = [];
      for (let i = t.slsStart; i < t.slsEnd; i++) {
        const w = workloads[plan.slsOrder[i]!]!;
        sls.push({ slsCode: w.slsCode, families: w.families });
      }
      return {
        key: t.label,
        label: t.label,
        role: 'ppl' as const,
        districtCode: t.districtCode,
        supervisorKey: plan.teams[t.teamIndex]?.label,
        families: t.families,
        onSiteDays: t.onSiteDays,
        familiesPerDay: t.familiesPerDay,
        startDate: t.startDate,
        endDate: t.endDate,
        flag: storeTerritoryFlag(t.flag),
        sls,
      };
    }),
  ];
  const summary = summarize(plan, areaName, districtNames);
  return { summary: plain ? { ...summary, plainRules: plain } : summary, slots, charters: [], trips: plan.trips };
}

function summarize(plan: StaffingPlan, areaName: string, districtNames: ReadonlyMap<string, string>): PlanSummary {
  const { quality, budget } = plan;
  return {
    areaCode: plan.areaCode,
    areaName,
    strategy: plan.strategy,
    families: plan.families,
    sls: plan.slsCount,
    workingDays: plan.workingDays.count,
    ppl: plan.territories.length,
    pml: plan.teams.length,
    koseka: plan.koseka.length,
    staff: plan.territories.length + plan.teams.length + plan.koseka.length,
    idealPpl: quality.idealPpl,
    floorPpl: quality.floorPpl,
    deviationPct: quality.deviationPct,
    familiesPerDay: quality.familiesPerDay,
    flaggedTerritories: quality.flaggedTerritories,
    charterLegs: plan.logistics.charterLegs,
    charterTrips: plan.logistics.charterTrips,
    remotePpl: plan.logistics.remotePpl,
    pooling: plan.pooling,
    budget: { pplRupiah: budget.pplRupiah, pmlRupiah: budget.pmlRupiah, kosekaRupiah: budget.kosekaRupiah, chartersRupiah: budget.chartersRupiah, totalRupiah: budget.totalRupiah },
    districts: plan.districts.map((d) => ({
      districtCode: d.districtCode,
      districtName: districtNames.get(d.districtCode) ?? d.districtCode,
      families: d.families,
      sls: d.sls,
      ppl: d.ppl,
      pml: d.pml,
      koseka: d.koseka,
      idealPpl: d.idealPpl,
      floorPpl: d.floorPpl,
      minFamiliesPerDay: d.minFamiliesPerDay,
      maxFamiliesPerDay: d.maxFamiliesPerDay,
      flaggedTerritories: d.flaggedTerritories,
      terrain: d.terrain,
    })),
    warnings: plan.warnings,
  };
}

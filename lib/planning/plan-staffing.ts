import { computeBudget } from '../budget/compute-budget';
import { planLogistics } from '../charters/pooling/plan-logistics';
import type { OperationParams } from '../operations/params';
import type { SlsWorkload } from '../workload/types';
import { assessQuality } from './assess-quality';
import { countWorkingDays } from './count-working-days';
import { indexWorkloads, villageTravelDays } from './index-workloads';
import { planWarnings } from './plan-warnings';
import { splitTerritories } from './split-territories';
import { summarizeDistricts } from './summarize-districts';
import { resolveTerrain } from './terrain/resolve-terrain';
import { summarizeTerrain } from './terrain/summarize-terrain';
import type { PlanStrategy, StaffingPlan } from './types';

export interface PlanStaffingInput {
  workloads: readonly SlsWorkload[];
  params: OperationParams;
  /** the area planned ('ID' for the whole country); every workload must lie inside it */
  areaCode: string;
  strategy?: PlanStrategy;
}

/**
 * The staffing plan of DESIGN.md section 4 for an area: working days, each village's terrain (its daily norm, the
 * office's or estimated from the frame where no access data was given), PPL territories (families/day targets),
 * PML teams, KOSEKA, charter trips (rupiah), budget (rupiah), quality and per-kecamatan rows. Day-by-day schedules
 * are not built here (national scale has ~300k PPL): call schedulePpl per territory when one is shown.
 */
export function planStaffing({ workloads, params, areaCode, strategy = 'standard' }: PlanStaffingInput): StaffingPlan {
  const index = indexWorkloads({ workloads, areaCode });
  const workingDays = countWorkingDays({ params });
  const { terrain, villageFamilies } = resolveTerrain({ index, rules: params, workingDayCount: workingDays.count });
  const split = splitTerritories({ index, workingDays, params, strategy, terrain });
  // Teams, KOSEKA and charters: pooled for boat and plane villages unless charterPooling is off (lib/charters/pooling).
  const { territories, slsOrder, tallies, teams, koseka, charters, trips, pooling, logistics } = planLogistics({ split, workingDays, params, villageTravelDays: (code) => villageTravelDays(index, code) });
  const chartersRupiah = logistics.chartersRupiah;
  let families = 0;
  for (const tally of tallies) families += tally.families;
  return {
    areaCode,
    strategy,
    families,
    slsCount: workloads.length,
    workingDays,
    territories,
    slsOrder,
    teams,
    koseka,
    charters,
    budget: computeBudget({ ppl: territories.length, pml: teams.length, koseka: koseka.length, chartersRupiah, params }),
    quality: assessQuality({ territories, tallies }),
    districts: summarizeDistricts({ tallies, territories, teams, koseka, terrain: summarizeTerrain({ index, terrain, villageFamilies }) }),
    warnings: planWarnings({ territories, unassignedSls: split.unassignedSls, params }),
    trips,
    pooling,
    logistics,
  };
}

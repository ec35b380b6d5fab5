import { computeBudget } from '../budget/compute-budget';
import { planCharters } from '../charters/plan-charters';
import type { OperationParams } from '../operations/params';
import type { SlsWorkload } from '../workload/types';
import { assessQuality } from './assess-quality';
import { assignKoseka } from './assign-koseka';
import { countWorkingDays } from './count-working-days';
import { formTeams } from './form-teams';
import { indexWorkloads } from './index-workloads';
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
  const { territories, districts: tallies } = split;
  const teams = formTeams({ districts: tallies, pplPerPml: params.pplPerPml });
  for (const team of teams) for (const index of team.territoryIndexes) territories[index]!.teamIndex = team.index;
  const koseka = assignKoseka({ districts: tallies.map((t) => ({ districtCode: t.districtCode, ppl: t.territoryCount })), kosekaSplitPpl: params.kosekaSplitPpl });
  const charters = planCharters({ territories, workingDays, params });
  const chartersRupiah = charters.reduce((sum, c) => sum + c.costRupiah, 0);
  let families = 0;
  for (const tally of tallies) families += tally.families;
  return {
    areaCode,
    strategy,
    families,
    slsCount: workloads.length,
    workingDays,
    territories,
    slsOrder: split.slsOrder,
    teams,
    koseka,
    charters,
    budget: computeBudget({ ppl: territories.length, pml: teams.length, koseka: koseka.length, chartersRupiah, params }),
    quality: assessQuality({ territories, tallies }),
    districts: summarizeDistricts({ tallies, territories, teams, koseka, terrain: summarizeTerrain({ index, terrain, villageFamilies }) }),
    warnings: planWarnings({ territories, unassignedSls: split.unassignedSls, params }),
  };
}

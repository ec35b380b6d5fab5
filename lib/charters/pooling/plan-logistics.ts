import { computeBudget } from '../../budget/compute-budget';
import type { OperationParams } from '../../operations/params';
import { assignKoseka } from '../../planning/assign-koseka';
import { formTeams } from '../../planning/form-teams';
import type { DistrictTally, TerritorySplit } from '../../planning/split-territories';
import type { KosekaPost, Team, Territory, VillageCharter, WorkingDays } from '../../planning/types';
import { isRemoteMode } from '../../workload/remote';
import { planCharters } from '../plan-charters';
import { planPooledLogistics } from './plan-pooled-logistics';
import type { LogisticsFigures, PoolingReport, Trip } from './types';
import { unpooledTrips } from './unpooled-trips';
import { villageCharters } from './village-charters';

export interface PlanLogisticsInput {
  split: TerritorySplit;
  workingDays: WorkingDays;
  params: OperationParams;
  /** one-way travel days of a village from its kecamatan base */
  villageTravelDays: (villageCode: string) => number;
}

export interface PlannedLogistics {
  territories: Territory[];
  slsOrder: Int32Array;
  tallies: DistrictTally[];
  teams: Team[];
  koseka: KosekaPost[];
  charters: VillageCharter[];
  trips: Trip[];
  pooling: PoolingReport | null;
  logistics: LogisticsFigures;
}

const isCharterTerritory = (t: Pick<Territory, 'remote' | 'accessMode'>) => t.remote && isRemoteMode(t.accessMode);

/**
 * Teams, KOSEKA and charters of a cut plan. With `charterPooling` the boat and plane villages are planned together
 * (planPooledLogistics) and reported against the unpooled plan of the same input; without it, the old rule: PML
 * teams in SLS order and every village's legs on its own (planCharters), shown as one-village trips.
 */
export function planLogistics({ split, workingDays, params, villageTravelDays }: PlanLogisticsInput): PlannedLogistics {
  if (!params.charterPooling) {
    const { territories, slsOrder, districts: tallies } = split;
    const teams = formTeams({ districts: tallies, pplPerPml: params.pplPerPml });
    for (const team of teams) for (const index of team.territoryIndexes) territories[index]!.teamIndex = team.index;
    const koseka = assignKoseka({ districts: tallies.map((t) => ({ districtCode: t.districtCode, ppl: t.territoryCount })), kosekaSplitPpl: params.kosekaSplitPpl });
    const charters = planCharters({ territories, workingDays, params });
    const trips = unpooledTrips({ charters, territories, teams, workingDays, params });
    return { territories, slsOrder, tallies, teams, koseka, charters, trips, pooling: null, logistics: figures({ territories, teams, koseka, trips, params }) };
  }
  // Before pooling, which renumbers the territories in place.
  const unpooled = unpooledFigures({ split, workingDays, params });
  const pooled = planPooledLogistics({ territories: split.territories, slsOrder: split.slsOrder, tallies: split.districts, workingDays, params, villageTravelDays });
  const koseka = assignKoseka({ districts: pooled.tallies.map((t) => ({ districtCode: t.districtCode, ppl: t.territoryCount })), kosekaSplitPpl: params.kosekaSplitPpl });
  const charters = villageCharters({ trips: pooled.trips, territories: pooled.territories });
  const logistics = figures({ territories: pooled.territories, teams: pooled.teams, koseka, trips: pooled.trips, params });
  return {
    ...pooled,
    koseka,
    charters,
    logistics,
    pooling: { pooled: logistics, unpooled, residentPml: pooled.residentPml, visitingPml: pooled.visitingPml, sharedPpl: pooled.sharedPpl },
  };
}

type BudgetParams = Pick<OperationParams, 'honorPplRupiah' | 'honorPmlRupiah' | 'honorKosekaRupiah'>;

function figures({ territories, teams, koseka, trips, params }: { territories: readonly Territory[]; teams: readonly Team[]; koseka: readonly KosekaPost[]; trips: readonly Trip[]; params: BudgetParams }): LogisticsFigures {
  let remotePpl = 0;
  for (const territory of territories) if (isCharterTerritory(territory)) remotePpl++;
  let [charterLegs, chartersRupiah] = [0, 0];
  for (const trip of trips) {
    charterLegs += trip.legs;
    chartersRupiah += trip.costRupiah;
  }
  const budget = computeBudget({ ppl: territories.length, pml: teams.length, koseka: koseka.length, chartersRupiah, params });
  return { ppl: territories.length, pml: teams.length, remotePpl, charterTrips: trips.length, charterLegs, chartersRupiah, totalRupiah: budget.totalRupiah };
}

/**
 * What the unpooled rule would plan for the same cut: teams in SLS order, every village's legs alone. Only the
 * kecamatan with boat or plane villages are formed again, on copies, so the national plan pays little for it.
 */
function unpooledFigures({ split, workingDays, params }: { split: TerritorySplit; workingDays: WorkingDays; params: OperationParams }): LogisticsFigures {
  const { territories, districts: tallies } = split;
  let pml = 0;
  const remoteTallies: DistrictTally[] = [];
  for (const tally of tallies) {
    pml += Math.ceil(tally.territoryCount / params.pplPerPml);
    for (let i = tally.firstTerritory; i < tally.firstTerritory + tally.territoryCount; i++) {
      if (!isCharterTerritory(territories[i]!)) continue;
      remoteTallies.push(tally);
      break;
    }
  }
  const copies: Territory[] = [];
  for (const team of formTeams({ districts: remoteTallies, pplPerPml: params.pplPerPml })) {
    for (const index of team.territoryIndexes) if (isCharterTerritory(territories[index]!)) copies.push({ ...territories[index]!, teamIndex: team.index });
  }
  const charters = planCharters({ territories: copies, workingDays, params });
  let [charterLegs, supervisionLegs, chartersRupiah] = [0, 0, 0];
  for (const charter of charters) {
    chartersRupiah += charter.costRupiah;
    for (const leg of charter.trips) {
      charterLegs++;
      if (leg.kind === 'supervision') supervisionLegs++;
    }
  }
  const koseka = assignKoseka({ districts: tallies.map((t) => ({ districtCode: t.districtCode, ppl: t.territoryCount })), kosekaSplitPpl: params.kosekaSplitPpl }).length;
  const budget = computeBudget({ ppl: territories.length, pml, koseka, chartersRupiah, params });
  // a supervision visit is two legs, in and back, on one round trip
  return { ppl: territories.length, pml, remotePpl: copies.length, charterTrips: charterLegs - supervisionLegs / 2, charterLegs, chartersRupiah, totalRupiah: budget.totalRupiah };
}

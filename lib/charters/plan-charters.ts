import type { OperationParams } from '../operations/params';
import type { CharterKind, CharterTrip, Territory, VillageCharter, WorkingDays } from '../planning/types';
import { isRemoteMode, needsTravelLegs, type RemoteAccessMode } from '../workload/remote';
import { splitSeats } from './split-seats';
import { supervisionDates } from './supervision-dates';
import { tripCostRupiah } from './trip-cost';

type CharterTerritory = Pick<Territory, 'districtCode' | 'villageCodes' | 'accessMode' | 'remote' | 'localStaff' | 'travelDaysOneWay' | 'onSiteStartDate' | 'onSiteEndDate' | 'teamIndex'>;

export interface PlanChartersInput {
  /** all territories of the plan; those of boat and plane villages produce trips */
  territories: readonly CharterTerritory[];
  workingDays: WorkingDays;
  params: OperationParams;
}

/**
 * Charter trips of every boat and plane village: its PPL in on the first working day and out on the first day of
 * the way back (none with local staff), and a PML round trip every supervisionEveryDays while they work on site.
 * Trips = ceil(people / seats); each trip costs one boat leg or plane sortie.
 */
export function planCharters({ territories, workingDays, params }: PlanChartersInput): VillageCharter[] {
  const byVillage = new Map<string, CharterTerritory[]>();
  for (const territory of territories) {
    if (!territory.remote || !isRemoteMode(territory.accessMode)) continue;
    const villageCode = territory.villageCodes[0]!;
    const list = byVillage.get(villageCode);
    if (list) list.push(territory);
    else byVillage.set(villageCode, [territory]);
  }
  return [...byVillage].map(([villageCode, list]) => villageCharter({ villageCode, list, workingDays, params }));
}

function villageCharter({ villageCode, list, workingDays, params }: { villageCode: string; list: CharterTerritory[]; workingDays: WorkingDays; params: OperationParams }): VillageCharter {
  const first = list[0]!;
  const mode = first.accessMode as RemoteAccessMode;
  const seatsPerTrip = mode === 'boat' ? params.seatsPerBoat : params.seatsPerPlane;
  const costRupiah = tripCostRupiah({ mode, villageCode, params });
  const trips: CharterTrip[] = [];
  const add = (kind: CharterKind, date: string, people: number) => {
    for (const seats of splitSeats({ people, seatsPerTrip })) trips.push({ kind, date, seats, costRupiah });
  };
  if (needsTravelLegs(first)) {
    const dates = workingDays.dates;
    const travel = first.travelDaysOneWay;
    add('inbound', dates[0]!, list.length);
    add('outbound', travel > 0 ? dates[dates.length - travel]! : first.onSiteEndDate, list.length);
  }
  const pml = new Set(list.map((t) => t.teamIndex)).size;
  const visits = supervisionDates({ onSiteStartDate: first.onSiteStartDate, onSiteEndDate: first.onSiteEndDate, everyDays: params.supervisionEveryDays });
  for (const date of visits) {
    add('supervision', date, pml); // in
    add('supervision', date, pml); // and back
  }
  trips.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    villageCode,
    districtCode: first.districtCode,
    mode,
    localStaff: first.localStaff,
    ppl: list.length,
    trips,
    costRupiah: trips.reduce((sum, trip) => sum + trip.costRupiah, 0),
  };
}

import type { OperationParams } from '../../operations/params';
import type { RemoteAccessMode } from '../../workload/remote';
import { tripCostRupiah } from '../trip-cost';
import type { TripKind } from './types';

type PriceParams = Pick<OperationParams, 'boatLegRupiah' | 'planeSortieRupiah' | 'planeSortieHighlandRupiah' | 'highlandProvinceCodes' | 'extraStopRupiah' | 'seatsPerBoat' | 'seatsPerPlane'>;

/** What charters of one mode cost in one kecamatan: rupiah a leg, rupiah an extra stop, seats a trip. */
export interface CharterPrice {
  legRupiah: number;
  extraStopRupiah: number;
  seats: number;
}

/** The leg price (highland sorties by province), the extra stop (extraStopRupiah, else a quarter of the leg) and the seats. */
export function charterPrice({ mode, districtCode, params }: { mode: RemoteAccessMode; districtCode: string; params: PriceParams }): CharterPrice {
  const legRupiah = tripCostRupiah({ mode, villageCode: districtCode, params });
  return {
    legRupiah,
    extraStopRupiah: params.extraStopRupiah ?? Math.round(legRupiah / 4),
    seats: mode === 'boat' ? params.seatsPerBoat : params.seatsPerPlane,
  };
}

/** Legs of a trip: a supervision visit goes there and back, every other trip is one leg. */
export function tripLegs(kind: TripKind): number {
  return kind === 'supervision' ? 2 : 1;
}

/** Rupiah of a trip: its legs, plus extraStopRupiah for each stop after the first; a move is one leg. */
export function tripRupiah({ kind, stops, price }: { kind: TripKind; stops: number; price: CharterPrice }): number {
  if (kind === 'move') return price.legRupiah;
  return tripLegs(kind) * price.legRupiah + Math.max(0, stops - 1) * price.extraStopRupiah;
}

import { tripKinds, type Trip } from './types';

const kindOrder = new Map(tripKinds.map((kind, k) => [kind, k]));

/**
 * Numbers trips in each kecamatan by date ("65.03.19#04": leaving first, then inbound, outbound, supervision, move,
 * then by first village) and sorts the list by kecamatan and number.
 */
export function labelTrips(trips: Omit<Trip, 'label'>[]): Trip[] {
  const sorted = [...trips].sort(
    (a, b) =>
      compare(a.districtCode, b.districtCode) ||
      compare(a.departDate, b.departDate) ||
      kindOrder.get(a.kind)! - kindOrder.get(b.kind)! ||
      compare(a.mode, b.mode) ||
      compare(a.stops[0]?.villageCode ?? '', b.stops[0]?.villageCode ?? ''),
  );
  const counts = new Map<string, number>();
  for (const trip of sorted) counts.set(trip.districtCode, (counts.get(trip.districtCode) ?? 0) + 1);
  const numbers = new Map<string, number>();
  return sorted.map((trip) => {
    const number = (numbers.get(trip.districtCode) ?? 0) + 1;
    numbers.set(trip.districtCode, number);
    const width = Math.max(2, String(counts.get(trip.districtCode)).length);
    return { label: `${trip.districtCode}#${String(number).padStart(width, '0')}`, ...trip };
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import { describe, expect, it } from 'vitest';
import { packPassengers } from '@/lib/charters/pooling/pack-passengers';
import { packVisits } from '@/lib/charters/pooling/pack-visits';
import type { CharterPrice } from '@/lib/charters/pooling/trip-rupiah';
import { tripRupiah } from '@/lib/charters/pooling/trip-rupiah';

const plane: CharterPrice = { legRupiah: 15_000_000, extraStopRupiah: 3_750_000, seats: 7 };

/** People numbered from `from`, `count` of them. */
const people = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);

/** Each trip as "stop:people stop:people", for a readable table. */
const show = (trips: { stops: { stop: number; people: number[] }[] }[]) => trips.map((t) => t.stops.map((s) => `${s.stop}:${s.people.length}`).join(' '));

describe('packPassengers: teams in or out of one kecamatan on shared trips', () => {
  it.each([
    // one village, 3 people: one sortie
    { case: 'one small village', demands: [3], maxStops: 3, trips: ['0:3'], rupiah: 15_000_000 },
    // 2 + 2 + 2 people fit one 7-seat plane with three stops: one leg and two extra stops
    { case: 'three small villages on one trip', demands: [2, 2, 2], maxStops: 3, trips: ['0:2 1:2 2:2'], rupiah: 15_000_000 + 2 * 3_750_000 },
    // a fourth village exceeds three stops: a second trip
    { case: 'stops, not seats, fill the trip', demands: [1, 1, 1, 1], maxStops: 3, trips: ['0:1 1:1 2:1', '3:1'], rupiah: 2 * 15_000_000 + 2 * 3_750_000 },
    // 4 + 4 + 4 whole would take three sorties (Rp 45 million); split over two full planes: Rp 37.5 million
    { case: 'villages split across two full trips', demands: [4, 4, 4], maxStops: 3, trips: ['0:4 1:3', '1:1 2:4'], rupiah: 2 * 15_000_000 + 2 * 3_750_000 },
    // 10 people: a full plane and one with 3
    { case: 'a village larger than a plane', demands: [10], maxStops: 3, trips: ['0:7', '0:3'], rupiah: 2 * 15_000_000 },
    // one stop a trip: every village its own sortie, as without pooling
    { case: 'maxStopsPerTrip 1', demands: [1, 2, 1], maxStops: 1, trips: ['1:2', '0:1', '2:1'], rupiah: 3 * 15_000_000 },
    { case: 'nobody to carry', demands: [0, 0], maxStops: 3, trips: [], rupiah: 0 },
  ])('$case', ({ demands, maxStops, trips, rupiah }) => {
    let next = 0;
    const packed = packPassengers({ demands: demands.map((count, stop) => ({ stop, people: people((next += count) - count, count) })), price: plane, maxStops });
    expect(show(packed)).toEqual(trips);
    expect(packed.reduce((sum, t) => sum + tripRupiah({ kind: 'inbound', stops: t.stops.length, price: plane }), 0)).toBe(rupiah);
    // every person on exactly one trip, no trip above its seats or stops
    expect(packed.flatMap((t) => t.stops.flatMap((s) => s.people)).sort((a, b) => a - b)).toEqual(people(0, next));
    for (const trip of packed) {
      expect(trip.stops.reduce((sum, s) => sum + s.people.length, 0)).toBeLessThanOrEqual(plane.seats);
      expect(trip.stops.length).toBeLessThanOrEqual(maxStops);
    }
  });
});

describe('packVisits: visiting PML on trips that serve all their villages at once', () => {
  it.each([
    // PML -1 visits villages 0 and 1, PML -2 village 1: one trip, two stops
    { case: 'two PML, shared villages', units: [[0, 1], [1]], seats: 7, maxStops: 3, trips: ['0:1 1:2'] },
    // a third PML's villages 2 and 3 would make four stops: their own trip
    { case: 'stops limit a shared visit', units: [[0, 1], [1], [2, 3]], seats: 7, maxStops: 3, trips: ['0:1 1:2', '2:1 3:1'] },
    // one seat: one PML a trip
    { case: 'seats limit a shared visit', units: [[0], [0]], seats: 1, maxStops: 3, trips: ['0:1', '0:1'] },
  ])('$case', ({ units, seats, maxStops, trips }) => {
    const packed = packVisits({ units: units.map((stops, k) => ({ person: -(k + 1), stops })), seats, maxStops });
    expect(show(packed)).toEqual(trips);
  });

  it('prices a visit as two legs (there and back) and each further stop', () => {
    expect(tripRupiah({ kind: 'supervision', stops: 3, price: plane })).toBe(2 * 15_000_000 + 2 * 3_750_000);
    expect(tripRupiah({ kind: 'move', stops: 2, price: plane })).toBe(15_000_000);
  });
});

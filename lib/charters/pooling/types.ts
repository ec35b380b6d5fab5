import type { RemoteAccessMode } from '../../workload/remote';

/**
 * What a charter trip does: take teams in from the kecamatan base, bring them out, fly a visiting PML round its
 * villages and back, or move a PPL shared by small villages (and a PML staying with them) from one to the next.
 */
export const tripKinds = ['inbound', 'outbound', 'supervision', 'move'] as const;
export type TripKind = (typeof tripKinds)[number];

/** One village a trip serves, on the day it is there, with the people it serves there (slot labels). */
export interface TripStop {
  villageCode: string;
  /** inbound: the first day on site; outbound: the day they leave; supervision: the visit; move: the day they move */
  date: string;
  /** inbound: who gets off; outbound: who gets on; supervision: the PML visiting; move: who moves (on at the first stop, off at the second) */
  people: string[];
}

/**
 * One charter (a boat or a plane) leaving the kecamatan base: base → stops → base. Inbound and outbound trips are
 * one leg, a supervision visit two (there and back), a move one; each stop after the first costs extraStopRupiah.
 */
export interface Trip {
  /** "65.03.19#04": the kecamatan and the trip's number in it, by date */
  label: string;
  districtCode: string;
  mode: RemoteAccessMode;
  kind: TripKind;
  /** the day it leaves the base (inbound, supervision) or the first village (outbound, move) */
  departDate: string;
  /** the day it is back at the base, or at the last village of a move */
  returnDate: string;
  stops: TripStop[];
  /** seats of the boat or plane */
  seats: number;
  /** people on board at its fullest */
  seatsUsed: number;
  legs: number;
  costRupiah: number;
}

/** Remote logistics figures of one plan: what the pooled plan is compared with. */
export interface LogisticsFigures {
  ppl: number;
  pml: number;
  /** PPL of boat and plane villages */
  remotePpl: number;
  charterTrips: number;
  charterLegs: number;
  chartersRupiah: number;
  totalRupiah: number;
}

/** A pooled plan's figures beside those of the unpooled plan of the same input (charterPooling: false). */
export interface PoolingReport {
  pooled: LogisticsFigures;
  unpooled: LogisticsFigures;
  /** PML who stay with their remote team, PML who visit, PPL shared by several villages */
  residentPml: number;
  visitingPml: number;
  sharedPpl: number;
}

import type { CharterKind } from '../planning/types';
import type { AccessMode } from './types';

/**
 * The one definition of "remote": a village reached only by boat or plane, so that people get there by charter.
 * Area totals count its families as remote, the planner gives it territories of its own and charters, and the
 * roster filler staffs it first.
 */
export const remoteAccessModes = ['boat', 'plane'] as const satisfies readonly AccessMode[];
export type RemoteAccessMode = (typeof remoteAccessModes)[number];

/** True for a boat or plane village. */
export function isRemoteMode(mode: AccessMode): mode is RemoteAccessMode {
  return (remoteAccessModes as readonly AccessMode[]).includes(mode);
}

/**
 * A remote village without local staff: its PPL come from outside and ride a charter in and out, two legs a
 * local recruit saves.
 */
export function needsTravelLegs(village: { accessMode: AccessMode; localStaff: boolean }): boolean {
  return isRemoteMode(village.accessMode) && !village.localStaff;
}

/**
 * A village whose PPL work apart from the kecamatan's road pool, on on-site days of their own: a remote one, or one
 * whose outside PPL spend travel days getting there (on foot, far away).
 */
export function worksApart(village: { accessMode: AccessMode; localStaff: boolean; travelDaysOneWay: number }): boolean {
  return isRemoteMode(village.accessMode) || (village.travelDaysOneWay > 0 && !village.localStaff);
}

/** The charter legs of a village that needs travel legs: its PPL in and out (PML supervision trips are apart). */
export const travelLegKinds = ['inbound', 'outbound'] as const satisfies readonly CharterKind[];

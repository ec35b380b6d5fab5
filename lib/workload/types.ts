import { z } from 'zod';
import { isRemoteMode } from './remote';

export const accessModes = ['road', 'boat', 'plane', 'foot'] as const;
export const accessModeSchema = z.enum(accessModes);
export type AccessMode = z.infer<typeof accessModeSchema>;

/** An area's access as pages show it: a mode, or `unknown` where the office gave no access data. */
export type AreaAccess = AccessMode | 'unknown';

/** One SLS (the smallest workload unit) with the access attributes of its village. */
export interface SlsWorkload {
  slsCode: string;
  villageCode: string;
  /** kecamatan code, e.g. 64.71.01 */
  districtCode: string;
  families: number;
  accessMode: AccessMode;
  /** one-way travel days from the kecamatan base to the village */
  travelDaysOneWay: number;
  /** true when the village's enumerators can be recruited on site, so they travel no days */
  localStaff: boolean;
  /**
   * false when the office gave no access data for the village (blank access mode, travel days and local staff): the
   * fields above then hold the defaults and the planner estimates the terrain; absent means given
   */
  accessKnown?: boolean;
}

/** Default for local_staff when a row does not say: road and foot villages recruit locally, boat and plane do not. */
export function defaultLocalStaff(mode: AccessMode): boolean {
  return !isRemoteMode(mode);
}

/** Most families one SLS (an RT/RW block, ~70 on average, DESIGN.md: 30-120) may hold in an import. */
export const maxFamiliesPerSls = 1_000;

/** Most families one village may hold in an import; the largest real desa/kelurahan hold about 20,000-40,000. */
export const maxFamiliesPerVillage = 60_000;

/** Most one-way travel days from a kecamatan base; the remotest villages are reached in a few days. */
export const maxTravelDaysOneWay = 30;

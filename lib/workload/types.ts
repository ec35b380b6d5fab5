import { z } from 'zod';
import { isRemoteMode } from './remote';

export const accessModes = ['road', 'boat', 'plane', 'foot'] as const;
export const accessModeSchema = z.enum(accessModes);
export type AccessMode = z.infer<typeof accessModeSchema>;

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
}

/** Default for local_staff when a row does not say: road and foot villages recruit locally, boat and plane do not. */
export function defaultLocalStaff(mode: AccessMode): boolean {
  return !isRemoteMode(mode);
}

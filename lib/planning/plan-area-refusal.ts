import type { AreaLevel } from '../areas/codes';
import type { PlanningRefusal } from './try-plan-staffing';

/** The levels an area plan may be made for: territories never cross a kecamatan, so nothing below one. */
export const plannableLevels = ['provinsi', 'kabupaten', 'kecamatan'] as const satisfies readonly AreaLevel[];

/**
 * Why an area cannot be planned, as a code with its facts (db/use-cases/plan-area.ts); i18n/describe.ts words it.
 * `invalid_params` carries the issues already worded for the caller (the caller parsed them).
 */
export type PlanAreaRefusal =
  | { code: 'invalid_area'; areaCode: string }
  | { code: 'no_operation' }
  | { code: 'unknown_area'; areaCode: string }
  | { code: 'area_level'; areaCode: string; level: AreaLevel | 'country' }
  | { code: 'invalid_params'; issues: readonly { path: string; message: string }[] }
  | { code: 'no_families'; areaLabel: string; operationName: string }
  | PlanningRefusal;

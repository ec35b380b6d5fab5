import type { AreaLevel } from '../areas/codes';
import type { PlanningRefusal } from './try-plan-staffing';

/** The levels an area plan may be made for: territories never cross a kecamatan, so nothing below one. */
export const plannableLevels = ['provinsi', 'kabupaten', 'kecamatan'] as const satisfies readonly AreaLevel[];

/** Why an area cannot be planned, as a code with its facts (db/use-cases/plan-area.ts). */
export type PlanAreaRefusal =
  | { code: 'invalid_area'; areaCode: string }
  | { code: 'no_operation' }
  | { code: 'unknown_area'; areaCode: string }
  | { code: 'area_level'; areaCode: string; level: AreaLevel | 'country' }
  | { code: 'invalid_params'; issues: readonly { path: string; message: string }[] }
  | { code: 'no_families'; areaLabel: string; operationName: string }
  | PlanningRefusal;

const levelNames: Record<AreaLevel | 'country', string> = {
  country: 'seluruh Indonesia',
  provinsi: 'provinsi',
  kabupaten: 'kabupaten/kota',
  kecamatan: 'kecamatan',
  desa: 'desa/kelurahan',
  sls: 'SLS',
};

/** The refusal in Indonesian, for the API's error and the CLI's message. */
export function describePlanAreaRefusal(refusal: PlanAreaRefusal): string {
  switch (refusal.code) {
    case 'invalid_area':
      return `Kode wilayah tidak valid: "${refusal.areaCode}" (contoh: 65, 64.71 atau 64.71.01)`;
    case 'no_operation':
      return 'Belum ada operasi';
    case 'unknown_area':
      return `Wilayah ${refusal.areaCode} tidak ada di kerangka wilayah.`;
    case 'area_level':
      return `Wilayah ${refusal.areaCode} adalah ${levelNames[refusal.level]}: rencana dibuat untuk provinsi, kabupaten/kota atau kecamatan`;
    case 'invalid_params':
      return refusal.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n') || 'Parameter tidak valid';
    case 'no_families':
      return `Wilayah ${refusal.areaLabel} tidak punya target keluarga pada operasi "${refusal.operationName}".`;
    default:
      return refusal.message;
  }
}

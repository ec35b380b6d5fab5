/**
 * Kabupaten/kota whose villages lie on many small islands: at least one populated island (idn-area-data's islands
 * list, `is_populated`) for every ten villages of the frame. Read from idn-area-data 4.0.1 once and kept here, since
 * lib/ reads no files; tests/lib/planning/terrain/island-regencies.test.ts derives it again from the package.
 */
export const islandRegencyCodes: ReadonlySet<string> = new Set([
  '12.73', '13.09', '19.02', '19.03', '19.06', '21.01', '21.02', '21.03', '21.04', '21.05', '21.71', '21.72', '31.01',
  '35.29', '61.11', '61.12', '63.02', '64.74', '65.01', '65.04', '65.71', '71.03', '72.06', '72.09', '72.11', '73.01',
  '73.07', '73.10', '74.07', '74.13', '76.02', '81.03', '81.07', '81.08', '81.72', '82.04', '82.06', '91.19', '91.71',
  '92.07', '96.03',
]);

/** Populated islands per village at or above which a regency counts as an island regency. */
export const islandsPerVillage = 0.1;

/** True for a village, kecamatan or regency code inside an island regency. */
export function isInIslandRegency(areaCode: string): boolean {
  return islandRegencyCodes.has(areaCode.slice(0, 5));
}

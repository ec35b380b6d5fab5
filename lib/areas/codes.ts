import type { Problem } from '../i18n/problem';

/** Area levels of the Kemendagri frame, with BPS's SLS below the village. */
export const areaLevels = ['provinsi', 'kabupaten', 'kecamatan', 'desa', 'sls'] as const;
export type AreaLevel = (typeof areaLevels)[number];

/** The national root, used where an area code is asked for and the whole country is meant. */
export const countryCode = 'ID';

const codePattern = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4}(\.\d{4})?)?)?)?$/;

/** A code that is not an area code; callers check input with isAreaCode (or areaCodeInput) first, so this is a bug. */
export class InvalidAreaCodeError extends Error {
  readonly problem: Problem = { code: 'area_code_invalid' };
  constructor(code: string) {
    super(`Kode wilayah tidak valid: "${code}"`);
    this.name = 'InvalidAreaCodeError';
  }
}

/** True when `code` has the shape of a Kemendagri code (64, 64.71, 64.71.01, 64.71.01.1001) or an SLS code. */
export function isAreaCode(code: string): boolean {
  return codePattern.test(code);
}

/** The level a code belongs to, from its number of segments. */
export function levelOfCode(code: string): AreaLevel {
  if (!isAreaCode(code)) throw new InvalidAreaCodeError(code);
  return areaLevels[code.split('.').length - 1]!;
}

/** The code of the area one level up, or null for a province. */
export function parentCode(code: string): string | null {
  const parts = code.split('.');
  return parts.length <= 1 ? null : parts.slice(0, -1).join('.');
}

/** The code of the ancestor at `level` (the code itself when already at that level). */
export function ancestorCode(code: string, level: Exclude<AreaLevel, 'sls'>): string {
  const depth = areaLevels.indexOf(level) + 1;
  return code.split('.').slice(0, depth).join('.');
}

/** True when `code` is `ancestor` or lies inside it; the country code contains everything. */
export function isWithin(code: string, ancestor: string): boolean {
  return ancestor === countryCode || code === ancestor || code.startsWith(`${ancestor}.`);
}

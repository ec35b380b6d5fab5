/** A simulated family: the n-th family (from 1) of an SLS, as an entry system would key it. */
export interface SimulatedFamily {
  slsCode: string;
  family: number;
}

const slsDigits = (slsCode: string) => {
  const digits = slsCode.replace(/\./g, '');
  if (!/^\d{14}$/.test(digits)) throw new Error(`not an SLS code: ${slsCode}`);
  return digits;
};

/**
 * The id of a simulated visit: a version-8 (custom) UUID spelling the operation, the SLS, the family and the visit
 * in decimal digits, so a re-run sends the same ids (duplicates, counted once) and no two visits share one.
 */
export function simulatedRecordId({ operationId, slsCode, family, visit }: SimulatedFamily & { operationId: number; visit: number }): string {
  if (!(family >= 1 && family <= 9999 && visit >= 1 && visit <= 9)) throw new Error(`family ${family}, visit ${visit} out of range`);
  const payload = `5${String(operationId % 100_000).padStart(5, '0')}${slsDigits(slsCode)}${String(family).padStart(4, '0')}${visit}`.padEnd(30, '0');
  // 30 digits around the version (8) and variant (8) nibbles: 8-4-4-4-12.
  const hex = `${payload.slice(0, 12)}8${payload.slice(12, 15)}8${payload.slice(15, 30)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The family reference the simulated entry system sends for a family (stored only as a keyed hash). */
export function simulatedFamilyRef({ slsCode, family }: SimulatedFamily): string {
  return `SIM-${slsDigits(slsCode)}-${String(family).padStart(4, '0')}`;
}

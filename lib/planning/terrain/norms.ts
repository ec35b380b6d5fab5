import type { DailyNorm, Region, TerrainClass } from './types';

/**
 * The norm of each terrain class as a share of the operation's (minDailyFamilies and maxDailyFamilies alike): flat
 * keeps BPS's 250 families a PPL ("the norm"), hilly does 9 in 10 of it, remote 8 in 10, NTB's planned ~200 a PPL.
 * With the defaults: 10, 9 and 8 families a day at the least, 14, 12.6 and 11.2 at the most.
 */
export const classNormShare: Readonly<Record<TerrainClass, number>> = { flat: 1, hilly: 0.9, remote: 0.8 };

/**
 * The estimate's norm for a desa (rural village) by island group, in the same three steps: Java-Bali and Sumatra
 * flat (their offices fielded about 250 families a PPL), Kalimantan, Sulawesi and Maluku hilly (rivers, hills and
 * sea between the villages: Sulawesi Tengah and Maluku fielded about 230 and 225 a PPL), Nusa Tenggara and Papua
 * remote (NTB planned about 200; Papua's highlands are the hardest ground of all).
 */
export const desaNormShare: Readonly<Record<Region, number>> = {
  java_bali: classNormShare.flat,
  sumatra: classNormShare.flat,
  kalimantan: classNormShare.hilly,
  sulawesi: classNormShare.hilly,
  maluku: classNormShare.hilly,
  nusa_tenggara: classNormShare.remote,
  papua: classNormShare.remote,
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The operation's daily norm scaled by `share`, to two decimals (families a day). */
export function scaleNorm(norm: DailyNorm, share: number): DailyNorm {
  if (share === 1) return norm;
  return { minDailyFamilies: round2(norm.minDailyFamilies * share), maxDailyFamilies: round2(norm.maxDailyFamilies * share) };
}

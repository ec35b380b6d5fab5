import { createRandom, hashString } from '../random';

/** How fast one PPL works against their plan, all else equal. */
export interface PaceProfile {
  /** share of the planned daily families the PPL manages (1 = as planned) */
  factor: number;
  /** a PPL far under the 10-a-day minimum (a poor recruit, a second job) */
  lagging: boolean;
}

/** Share of PPL who lag far behind, and of kecamatan whose terrain or weather slows everyone in them. */
export const laggingShare = 0.012;
export const slowDistrictShare = 0.12;

/** A seeded uniform stream for one named thing: the same name and seed give the same draws on every machine. */
export const streamOf = (seed: number, name: string) => createRandom(hashString(name, seed >>> 0));

/**
 * The pace of a kecamatan (families a day against plan): most work at 0.95-1.08, about one in eight at 0.72-0.88
 * (hills, rain, scattered houses), which shows as an area behind.
 */
export function districtPaceFactor({ seed, districtCode }: { seed: number; districtCode: string }): number {
  const next = streamOf(seed, `district|${districtCode}`);
  return next() < slowDistrictShare ? 0.72 + next() * 0.16 : 0.95 + next() * 0.13;
}

/**
 * One PPL's pace: near 1 (mean 1, spread about 0.1, kept in 0.75-1.3), times their kecamatan's; about 1.2% lag at
 * 0.35-0.55 of it, i.e. 4-7 families a day where 10 are the minimum.
 */
export function paceProfile({ seed, key, districtCode }: { seed: number; key: string; districtCode: string }): PaceProfile {
  const next = streamOf(seed, `ppl|${key}`);
  const district = districtPaceFactor({ seed, districtCode });
  if (next() < laggingShare) return { factor: 0.35 + next() * 0.2, lagging: true };
  // Sum of three uniforms: a bell around 1 with sd 0.1.
  const own = 1 + (next() + next() + next() - 1.5) * 0.2;
  return { factor: Math.min(1.3, Math.max(0.75, own)) * district, lagging: false };
}

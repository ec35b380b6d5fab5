import { createRandom, hashString } from '../random';
import { defaultLocalStaff, type AccessMode, type SlsWorkload } from './types';

/** Families in an average SLS (an RT/RW block); DESIGN.md: typically 30-120, ~70 on average. */
export const meanFamiliesPerSls = 70;

export interface VillageFrame {
  code: string;
  districtCode: string;
}

export interface VillageAccess {
  accessMode: AccessMode;
  travelDaysOneWay: number;
  localStaff?: boolean;
}

export interface GenerateWorkloadsInput {
  villages: readonly VillageFrame[];
  seed: number;
  /** families to spread over all villages; default: about 1,000 per village */
  totalFamilies?: number;
  /** access of a village; villages it returns nothing for have no access data (the planner estimates their terrain) */
  accessOf?: (village: VillageFrame) => VillageAccess | undefined;
}

/** Splits `total` into whole parts proportional to `weights`, summing exactly to `total` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum <= 0) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]![1]]! += 1;
  return parts;
}

/** Splits a village's families into generated SLS of ~70 families, coded village.0001, village.0002, ... */
export function splitVillageIntoSls(villageCode: string, families: number, seed: number): { slsCode: string; families: number }[] {
  const random = createRandom(hashString(villageCode, seed));
  const count = Math.max(1, Math.round(families / meanFamiliesPerSls));
  const weights = Array.from({ length: count }, () => 0.6 + 0.8 * random());
  return apportion(families, weights).map((f, i) => ({
    slsCode: `${villageCode}.${String(i + 1).padStart(4, '0')}`,
    families: f,
  }));
}

/**
 * Deterministic demo workload: spreads `totalFamilies` over the villages (uneven, seeded by village code, so the
 * result does not depend on the order of `villages`) and splits each village into SLS. Estimates, not census data.
 */
export function generateSlsWorkloads(input: GenerateWorkloadsInput): SlsWorkload[] {
  const { villages, seed } = input;
  const totalFamilies = input.totalFamilies ?? villages.length * 1000;
  const weights = villages.map((v) => 0.3 + 1.4 * createRandom(hashString(v.code, seed ^ 0x9e3779b9))());
  const familiesPerVillage = apportion(totalFamilies, weights);
  const out: SlsWorkload[] = [];
  villages.forEach((village, i) => {
    const access = input.accessOf?.(village);
    const accessMode = access?.accessMode ?? 'road';
    for (const sls of splitVillageIntoSls(village.code, familiesPerVillage[i]!, seed)) {
      out.push({
        ...sls,
        villageCode: village.code,
        districtCode: village.districtCode,
        accessMode,
        travelDaysOneWay: access?.travelDaysOneWay ?? 0,
        localStaff: access?.localStaff ?? defaultLocalStaff(accessMode),
        accessKnown: access !== undefined,
      });
    }
  });
  return out;
}

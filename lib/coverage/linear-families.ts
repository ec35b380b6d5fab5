import { isWithin } from '../areas/codes';

/**
 * Target families of an area that no plan in force covers, to be planned linearly: none when an adopted plan's area
 * holds the area, else its target minus the targets of the outermost adopted areas inside it (never below 0).
 */
export function linearFamilies({ areaCode, targetFamilies, adoptedAreas }: {
  areaCode: string;
  targetFamilies: number;
  /** areas with a plan in force, with their target families */
  adoptedAreas: readonly { areaCode: string; targetFamilies: number }[];
}): number {
  if (adoptedAreas.some((a) => isWithin(areaCode, a.areaCode))) return 0;
  const inside = adoptedAreas.filter((a) => isWithin(a.areaCode, areaCode));
  const outermost = inside.filter((a) => !inside.some((b) => b.areaCode !== a.areaCode && isWithin(a.areaCode, b.areaCode)));
  return Math.max(0, targetFamilies - outermost.reduce((sum, a) => sum + a.targetFamilies, 0));
}

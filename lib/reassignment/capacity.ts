/**
 * Families a PPL can still take: what they can do at `maxDailyFamilies` on the working days left before the planned
 * end, minus what they already have left. Never negative.
 */
export function spareCapacityFamilies({ remainingFamilies, workingDaysLeft, maxDailyFamilies }: { remainingFamilies: number; workingDaysLeft: number; maxDailyFamilies: number }): number {
  return Math.max(0, maxDailyFamilies * Math.max(0, workingDaysLeft) - remainingFamilies);
}

/**
 * The daily target for the rest of the window (families a day): what is left over the working days left. With no
 * working day left, all that is left is due at once.
 */
export function dailyTargetFamilies({ remainingFamilies, workingDaysLeft }: { remainingFamilies: number; workingDaysLeft: number }): number {
  if (remainingFamilies <= 0) return 0;
  return workingDaysLeft > 0 ? remainingFamilies / workingDaysLeft : remainingFamilies;
}

/** True when `remainingFamilies` cannot be done at `maxDailyFamilies` on the working days left (none left: any work). */
export function exceedsMaxDaily({ remainingFamilies, workingDaysLeft, maxDailyFamilies }: { remainingFamilies: number; workingDaysLeft: number; maxDailyFamilies: number }): boolean {
  return remainingFamilies > maxDailyFamilies * Math.max(0, workingDaysLeft);
}

/**
 * Families of an SLS still to do by the PPL holding `families` of it: what they hold minus the families of that SLS
 * whose latest record is final and theirs (work recorded stays theirs). Never negative: an SLS may hold more
 * families than estimated.
 */
export function familiesLeftOf({ families, doneFamilies }: { families: number; doneFamilies: number }): number {
  return Math.max(0, families - doneFamilies);
}

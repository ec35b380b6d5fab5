/** How an area (or a PPL) stands: finished, likely to finish in time, or behind. */
export type CoverageStatus = 'done' | 'on_track' | 'behind';

/** Working days in a row under the daily minimum that make an area behind. */
export const behindAfterDaysUnder = 2;

/**
 * `done` when the final families reach the target; `behind` when the forecast finish is after the planned end, or
 * when the families done fell under the day's minimum on the last 2+ working days in a row up to asOf; else
 * `on_track`. A day without a minimum (nothing planned) breaks a run.
 */
export function coverageStatus({ targetFamilies, finalFamilies, forecastFinish, plannedEnd, workingDays }: {
  targetFamilies: number;
  finalFamilies: number;
  forecastFinish: string | null;
  plannedEnd: string | null;
  /** the working days up to asOf, oldest first: families done that day and the minimum planned for it */
  workingDays: readonly { date: string; actualFamilies: number; minimumFamilies: number }[];
}): CoverageStatus {
  if (finalFamilies >= targetFamilies) return 'done';
  if (forecastFinish !== null && plannedEnd !== null && forecastFinish > plannedEnd) return 'behind';
  let under = 0;
  for (let i = workingDays.length - 1; i >= 0; i--) {
    const day = workingDays[i]!;
    if (!(day.minimumFamilies > 0 && day.actualFamilies < day.minimumFamilies)) break;
    under++;
  }
  return under >= behindAfterDaysUnder ? 'behind' : 'on_track';
}

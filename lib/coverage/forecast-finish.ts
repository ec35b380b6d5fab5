import { addWorkingDays, type WorkingCalendar } from './working-calendar';

/**
 * The working day on which the remaining families are done at `familiesPerDay`, counting from the working day after
 * `asOf`: the ⌈remaining / pace⌉-th. `asOf` itself when nothing remains; null when the pace is 0.
 */
export function forecastFinish({ calendar, asOf, remainingFamilies, familiesPerDay }: {
  calendar: WorkingCalendar;
  asOf: string;
  remainingFamilies: number;
  familiesPerDay: number;
}): string | null {
  if (remainingFamilies <= 0) return asOf;
  if (!(familiesPerDay > 0)) return null;
  // 65 / (13/3) is 15.000000000000002 in floating point: a whole number of days must not become one more.
  const days = Math.max(1, Math.ceil(remainingFamilies / familiesPerDay - 1e-9));
  return addWorkingDays({ calendar, after: asOf, count: days });
}

import { recentWorkingDays, type WorkingCalendar } from './working-calendar';

/** Working days the pace looks back over. */
export const paceWorkingDays = 3;

/**
 * Recent pace in families a working day: final outcomes recorded over the last 3 working days up to `asOf` (work done
 * on a rest day between them counts too), divided by those working days; fewer at the window's start, 0 before it.
 */
export function paceFamiliesPerDay({ calendar, asOf, dailyFinal }: {
  calendar: WorkingCalendar;
  asOf: string;
  /** families with a final outcome per visit date (any order; dates after `asOf` are ignored) */
  dailyFinal: readonly { date: string; families: number }[];
}): number {
  const days = recentWorkingDays({ calendar, asOf, count: paceWorkingDays });
  if (days.length === 0) return 0;
  const from = days[0]!;
  const families = dailyFinal.reduce((sum, d) => (d.date >= from && d.date <= asOf ? sum + d.families : sum), 0);
  return families / days.length;
}

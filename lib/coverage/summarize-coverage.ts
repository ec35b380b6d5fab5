import { coverageStatus, type CoverageStatus } from './coverage-status';
import { forecastFinish } from './forecast-finish';
import { paceFamiliesPerDay } from './pace-families-per-day';
import { plannedCurve, type PlannedDay, type PlannedSlot, type PlanSource } from './planned-curve';
import { isWorkingDay, seriesDates, type WorkingCalendar } from './working-calendar';

/** One roll-up row: families whose latest record fell on `visitDate`, per outcome. */
export interface CoverageDay {
  visitDate: string;
  completed: number;
  refused: number;
  notHome: number;
  moved: number;
  notFound: number;
}

/** Families with a final outcome (not_home is a revisit still due). */
export const finalFamiliesOf = (d: CoverageDay) => d.completed + d.refused + d.moved + d.notFound;

export interface CoverageSummary {
  planSource: PlanSource;
  target: number;
  completed: number;
  refused: number;
  notHome: number;
  moved: number;
  notFound: number;
  /** final families over the target, in percent to one decimal (100 for an area without target) */
  percent: number;
  /** families a working day over the last 3 working days, to one decimal */
  pace: number;
  forecastFinish: string | null;
  /** the last day planned work adds families */
  plannedEnd: string | null;
  status: CoverageStatus;
  /** cumulative planned and final families per date of the window (and on to asOf); actual is null after asOf */
  daily: { date: string; planned: number; actual: number | null }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * An area's (or a PPL's) coverage as of `asOf` from its roll-up rows, its target and what the plan in force gives it
 * (`slots`; `linearFamilies` for the target no plan covers). The day's minimum is its planned increment, or
 * `dailyMinimumFamilies` on each planned day when given (a PPL's minDailyFamilies).
 */
export function summarizeCoverage({ calendar, asOf, targetFamilies, days, slots, plannedDays, linearFamilies, dailyMinimumFamilies }: {
  calendar: WorkingCalendar;
  asOf: string;
  targetFamilies: number;
  days: readonly CoverageDay[];
  slots: readonly PlannedSlot[];
  /** families the plans in force give each date, summed beforehand (the planned_daily roll-up); beside `slots` */
  plannedDays?: readonly PlannedDay[];
  linearFamilies: number;
  dailyMinimumFamilies?: number;
}): CoverageSummary {
  const upTo = days.filter((d) => d.visitDate <= asOf);
  const sum = (pick: (d: CoverageDay) => number) => upTo.reduce((s, d) => s + pick(d), 0);
  const counts = { completed: sum((d) => d.completed), refused: sum((d) => d.refused), notHome: sum((d) => d.notHome), moved: sum((d) => d.moved), notFound: sum((d) => d.notFound) };
  const finalFamilies = counts.completed + counts.refused + counts.moved + counts.notFound;
  const dailyFinal = upTo.map((d) => ({ date: d.visitDate, families: finalFamiliesOf(d) }));
  const finalByDate = new Map<string, number>();
  for (const d of dailyFinal) finalByDate.set(d.date, (finalByDate.get(d.date) ?? 0) + d.families);

  const dates = seriesDates({ calendar, asOf });
  const planned = plannedCurve({ dates, slots, plannedDays, linear: { families: linearFamilies, workingDates: calendar.dates } });
  const pace = paceFamiliesPerDay({ calendar, asOf, dailyFinal });
  const forecast = forecastFinish({ calendar, asOf, remainingFamilies: targetFamilies - finalFamilies, familiesPerDay: pace });

  let actual = upTo.filter((d) => d.visitDate < (dates[0] ?? '')).reduce((s, d) => s + finalFamiliesOf(d), 0);
  const daily = dates.map((date, i) => {
    actual += finalByDate.get(date) ?? 0;
    return { date, planned: planned.cumulative[i]!, actual: date <= asOf ? actual : null };
  });
  const workingDays = dates
    .map((date, i) => ({ date, i }))
    .filter(({ date }) => date <= asOf && isWorkingDay(calendar, date))
    .map(({ date, i }) => {
      const increment = planned.cumulative[i]! - (i > 0 ? planned.cumulative[i - 1]! : 0);
      const minimumFamilies = dailyMinimumFamilies !== undefined && increment > 0 ? dailyMinimumFamilies : increment;
      return { date, actualFamilies: finalByDate.get(date) ?? 0, minimumFamilies };
    });
  const status = coverageStatus({ targetFamilies, finalFamilies, forecastFinish: forecast, plannedEnd: planned.plannedEnd, workingDays });
  return {
    planSource: planned.planSource,
    target: targetFamilies,
    ...counts,
    percent: targetFamilies > 0 ? round1((finalFamilies * 100) / targetFamilies) : 100,
    pace: round1(pace),
    forecastFinish: forecast,
    plannedEnd: planned.plannedEnd,
    status,
    daily,
  };
}

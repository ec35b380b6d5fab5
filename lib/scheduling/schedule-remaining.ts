import type { WorkingDays } from '../planning/types';
import { schedulePpl, type ScheduleDay } from './schedule-ppl';

type Calendar = Pick<WorkingDays, 'windowDates' | 'dates' | 'reserveDates'>;

/**
 * The planned working dates a PPL spends on site, laid out as schedulePpl lays them: the travel days (working days
 * beyond `onSiteDays`) split between both ends, the on-site days between them.
 */
export function onSiteDates({ onSiteDays, workingDays }: { onSiteDays: number; workingDays: Calendar }): string[] {
  const onSite = Math.max(1, Math.min(onSiteDays, workingDays.dates.length));
  const travel = Math.floor((workingDays.dates.length - onSite) / 2);
  return workingDays.dates.slice(travel, travel + onSite);
}

export interface RemainingSchedule {
  /** one entry per window date from `fromDate` on */
  days: ScheduleDay[];
  /** on-site working days from `fromDate` up to the planned end: what daily targets and spare capacity divide by */
  workingDaysLeft: number;
  /** families no day is left for (the window is over) */
  unscheduledFamilies: number;
}

/**
 * A PPL's plan from `fromDate` (the operation's today, counted as a working day) to the window's end, for the
 * families they still have: spread evenly over their on-site days left, SLS in visiting order, with the travel,
 * reserve and rest days where the plan put them. Past the planned end, what remains goes into the reserve days
 * left; past the window, it is unscheduled. The same spreading as schedulePpl, so a PPL's day reads alike either way.
 */
export function scheduleRemaining({ sls, onSiteDays, workingDays, fromDate }: {
  /** families still to do per SLS, in visiting order */
  sls: readonly { slsCode: string; families: number }[];
  onSiteDays: number;
  workingDays: Calendar;
  fromDate: string;
}): RemainingSchedule {
  const onSite = onSiteDates({ onSiteDays, workingDays });
  const travel = new Set(workingDays.dates.filter((d) => !onSite.includes(d)));
  const onSiteLeft = onSite.filter((d) => d >= fromDate);
  const reserveLeft = workingDays.reserveDates.filter((d) => d >= fromDate);
  const workDates = onSiteLeft.length > 0 ? onSiteLeft : reserveLeft;
  const windowLeft = workingDays.windowDates.filter((d) => d >= fromDate);
  const total = sls.reduce((sum, s) => sum + s.families, 0);
  const workSet = new Set(workDates);
  const spread = workDates.length > 0
    ? schedulePpl({ sls, onSiteDays: workDates.length, workingDays: { windowDates: windowLeft, dates: workDates, reserveDates: reserveLeft.filter((d) => !workSet.has(d)) } })
    : windowLeft.map((date): ScheduleDay => ({ date, kind: reserveLeft.includes(date) ? 'reserve' : 'rest', families: 0, slsCodes: [] }));
  const days = spread.map((day): ScheduleDay => (travel.has(day.date) ? { date: day.date, kind: 'travel', families: 0, slsCodes: [] } : day));
  return { days, workingDaysLeft: onSiteLeft.length, unscheduledFamilies: workDates.length > 0 ? 0 : total };
}

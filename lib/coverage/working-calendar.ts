import { addDays, differenceInCalendarDays, format, getDay, lightFormat, parseISO } from 'date-fns';
import type { OperationParams } from '../operations/params';
import { countWorkingDays } from '../planning/count-working-days';
import type { WorkingDays } from '../planning/types';

/** An operation's days as coverage sees them: the planned calendar, and which days field staff work at all. */
export interface WorkingCalendar extends Pick<WorkingDays, 'windowDates' | 'dates' | 'reserveDates'> {
  windowStart: string;
  windowEnd: string;
  restWeekdays: readonly number[];
  holidays: ReadonlySet<string>;
  /** the window's working days, planned then reserve, in date order */
  openDates: ReadonlySet<string>;
}

type CalendarParams = Pick<OperationParams, 'windowStart' | 'windowEnd' | 'restWeekdays' | 'holidays' | 'reserveDays'>;

/**
 * The working-day calendar of an operation: `dates` are the planned working days (the window minus rest weekdays and
 * holidays, ending `reserveDays` working days before the window ends), `reserveDates` the working days kept free.
 */
export function workingCalendar({ params }: { params: CalendarParams }): WorkingCalendar {
  const { windowDates, dates, reserveDates } = countWorkingDays({ params });
  return {
    windowDates,
    dates,
    reserveDates,
    windowStart: params.windowStart,
    windowEnd: params.windowEnd,
    restWeekdays: params.restWeekdays,
    holidays: new Set(params.holidays),
    openDates: new Set([...dates, ...reserveDates]),
  };
}

/**
 * True when staff work on `date`: from the window's start on, not a rest weekday, not a holiday. Reserve days and
 * days after the window count: late work goes on, and a forecast runs past the end.
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  if (date < calendar.windowStart) return false;
  // Inside the window the planned and reserve days are the working days: a set lookup, no date parsing.
  if (date <= calendar.windowEnd) return calendar.openDates.has(date);
  return !calendar.holidays.has(date) && !calendar.restWeekdays.includes(getDay(parseISO(date)));
}

const day = (date: Date) => lightFormat(date, 'yyyy-MM-dd');

/** The last `count` working days up to `asOf` (inclusive), oldest first; fewer before the window has that many. */
export function recentWorkingDays({ calendar, asOf, count }: { calendar: WorkingCalendar; asOf: string; count: number }): string[] {
  const after: string[] = [];
  for (let d = parseISO(asOf); after.length < count && day(d) > calendar.windowEnd; d = addDays(d, -1)) {
    if (isWorkingDay(calendar, day(d))) after.unshift(day(d));
  }
  const inWindow = [...calendar.openDates].filter((d) => d <= asOf);
  return [...inWindow.slice(Math.max(0, inWindow.length - (count - after.length))), ...after];
}

/** Latest date a forecast names: a finish further off than this says only "not at this pace". */
export const farthestDate = '9999-12-31';

/**
 * The `count`-th working day after `after` (count ≥ 1; from the window's start when `after` is earlier), working
 * days going on past the window's end; `farthestDate` when that lies beyond it.
 */
export function addWorkingDays({ calendar, after, count }: { calendar: WorkingCalendar; after: string; count: number }): string {
  // Inside the window: the working days are listed.
  const open = [...calendar.openDates];
  const next = open.findIndex((d) => d > after);
  if (next >= 0 && next + count - 1 < open.length) return open[next + count - 1]!;
  let left = next >= 0 ? count - (open.length - next) : count;
  let d = parseISO(after > calendar.windowEnd ? after : calendar.windowEnd);
  const lastIrregular = [calendar.windowEnd, ...calendar.holidays].sort().at(-1)!;
  const perWeek = 7 - calendar.restWeekdays.length;
  while (left > 0) {
    // Past the last holiday every week has the same working days: skip whole weeks, not days.
    if (left > perWeek && day(d) >= lastIrregular) {
      const weeks = Math.floor((left - 1) / perWeek);
      if (differenceInCalendarDays(parseISO(farthestDate), d) < 7 * weeks) return farthestDate;
      d = addDays(d, 7 * weeks);
      left -= weeks * perWeek;
    }
    d = addDays(d, 1);
    if (isWorkingDay(calendar, day(d))) left--;
  }
  return day(d);
}

/** Dates of a coverage series: the whole window, and on to `asOf` when it lies after the window. */
export function seriesDates({ calendar, asOf }: { calendar: WorkingCalendar; asOf: string }): string[] {
  if (asOf <= calendar.windowEnd) return calendar.windowDates;
  const extra: string[] = [];
  for (let day = addDays(parseISO(calendar.windowEnd), 1); format(day, 'yyyy-MM-dd') <= asOf; day = addDays(day, 1)) extra.push(format(day, 'yyyy-MM-dd'));
  return [...calendar.windowDates, ...extra];
}

import { addDays, differenceInCalendarDays, format, getDay, parseISO } from 'date-fns';
import type { OperationParams } from '../operations/params';
import { countWorkingDays } from '../planning/count-working-days';
import type { WorkingDays } from '../planning/types';

/** An operation's days as coverage sees them: the planned calendar, and which days field staff work at all. */
export interface WorkingCalendar extends Pick<WorkingDays, 'windowDates' | 'dates' | 'reserveDates'> {
  windowStart: string;
  windowEnd: string;
  restWeekdays: readonly number[];
  holidays: ReadonlySet<string>;
}

type CalendarParams = Pick<OperationParams, 'windowStart' | 'windowEnd' | 'restWeekdays' | 'holidays' | 'reserveDays'>;

/**
 * The working-day calendar of an operation: `dates` are the planned working days (the window minus rest weekdays and
 * holidays, ending `reserveDays` working days before the window ends), `reserveDates` the working days kept free.
 */
export function workingCalendar({ params }: { params: CalendarParams }): WorkingCalendar {
  const { windowDates, dates, reserveDates } = countWorkingDays({ params });
  return { windowDates, dates, reserveDates, windowStart: params.windowStart, windowEnd: params.windowEnd, restWeekdays: params.restWeekdays, holidays: new Set(params.holidays) };
}

/**
 * True when staff work on `date`: from the window's start on, not a rest weekday, not a holiday. Reserve days and
 * days after the window count: late work goes on, and a forecast runs past the end.
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  return date >= calendar.windowStart && !calendar.holidays.has(date) && !calendar.restWeekdays.includes(getDay(parseISO(date)));
}

/** The last `count` working days up to `asOf` (inclusive), oldest first; fewer before the window has that many. */
export function recentWorkingDays({ calendar, asOf, count }: { calendar: WorkingCalendar; asOf: string; count: number }): string[] {
  const found: string[] = [];
  for (let day = parseISO(asOf); found.length < count; day = addDays(day, -1)) {
    const date = format(day, 'yyyy-MM-dd');
    if (date < calendar.windowStart) break;
    if (isWorkingDay(calendar, date)) found.unshift(date);
  }
  return found;
}

/** Latest date a forecast names: a finish further off than this says only "not at this pace". */
export const farthestDate = '9999-12-31';

/**
 * The `count`-th working day after `after` (count ≥ 1; from the window's start when `after` is earlier), working
 * days going on past the window's end; `farthestDate` when that lies beyond it.
 */
export function addWorkingDays({ calendar, after, count }: { calendar: WorkingCalendar; after: string; count: number }): string {
  const dayBeforeWindow = format(addDays(parseISO(calendar.windowStart), -1), 'yyyy-MM-dd');
  let day = parseISO(after < dayBeforeWindow ? dayBeforeWindow : after);
  let left = count;
  const lastIrregular = [calendar.windowEnd, ...calendar.holidays].sort().at(-1)!;
  const perWeek = 7 - calendar.restWeekdays.length;
  while (left > 0) {
    // Past the window and its holidays every week has the same working days: skip whole weeks, not days.
    if (left > 2 * perWeek && format(day, 'yyyy-MM-dd') >= lastIrregular) {
      const weeks = Math.floor(left / perWeek) - 1;
      if (differenceInCalendarDays(parseISO(farthestDate), day) < 7 * weeks) return farthestDate;
      day = addDays(day, 7 * weeks);
      left -= weeks * perWeek;
    }
    day = addDays(day, 1);
    if (isWorkingDay(calendar, format(day, 'yyyy-MM-dd'))) left--;
  }
  return format(day, 'yyyy-MM-dd');
}

/** Dates of a coverage series: the whole window, and on to `asOf` when it lies after the window. */
export function seriesDates({ calendar, asOf }: { calendar: WorkingCalendar; asOf: string }): string[] {
  if (asOf <= calendar.windowEnd) return calendar.windowDates;
  const extra: string[] = [];
  for (let day = addDays(parseISO(calendar.windowEnd), 1); format(day, 'yyyy-MM-dd') <= asOf; day = addDays(day, 1)) extra.push(format(day, 'yyyy-MM-dd'));
  return [...calendar.windowDates, ...extra];
}

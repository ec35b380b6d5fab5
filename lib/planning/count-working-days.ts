import { eachDayOfInterval, format, getDay, isValid, parseISO } from 'date-fns';
import type { OperationParams } from '../operations/params';
import { NoWorkingDaysError } from './errors';
import type { WorkingDays } from './types';

type CalendarParams = Pick<OperationParams, 'windowStart' | 'windowEnd' | 'restWeekdays' | 'holidays' | 'reserveDays'>;

/**
 * Planned working dates ('yyyy-MM-dd') of the window: every day minus rest weekdays (0 = Sunday) and holidays,
 * then the last `reserveDays` of those working days are kept free. Defaults give 31 - 6 = 25 days.
 */
export function countWorkingDays({ params }: { params: CalendarParams }): WorkingDays {
  const [start, end] = [parseISO(params.windowStart), parseISO(params.windowEnd)];
  if (!isValid(start) || !isValid(end) || start > end) throw new NoWorkingDaysError({ code: 'window_not_a_range', values: { windowStart: params.windowStart, windowEnd: params.windowEnd } });
  const windowDates = eachDayOfInterval({ start, end }).map((d) => format(d, 'yyyy-MM-dd'));
  const rest = new Set(params.restWeekdays);
  const holidays = new Set(params.holidays);
  const open = windowDates.filter((date) => !holidays.has(date) && !rest.has(getDay(parseISO(date))));
  const count = Math.max(0, open.length - params.reserveDays);
  if (count === 0) {
    throw new NoWorkingDaysError({ code: 'no_open_days', values: { openDays: open.length, windowStart: params.windowStart, windowEnd: params.windowEnd, reserveDays: params.reserveDays } });
  }
  return { windowDates, dates: open.slice(0, count), count, reserveDates: open.slice(count) };
}

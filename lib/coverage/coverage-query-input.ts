import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { countryCode, isAreaCode } from '../areas/codes';

/** The dates coverage may be asked as of: the window, and as many days again before and after it. */
export function asOfBounds({ windowStart, windowEnd }: { windowStart: string; windowEnd: string }): { earliest: string; latest: string } {
  const [start, end] = [parseISO(windowStart), parseISO(windowEnd)];
  const windowDays = differenceInCalendarDays(end, start) + 1;
  return { earliest: format(addDays(start, -windowDays), 'yyyy-MM-dd'), latest: format(addDays(end, windowDays), 'yyyy-MM-dd') };
}

/**
 * The query of GET /api/coverage for an operation's window: `area` the country ('ID') or any area code down to an
 * SLS, `asOf` a real date within `asOfBounds`; both optional (the route fills in the defaults).
 */
export function coverageQueryInput(window: { windowStart: string; windowEnd: string }) {
  const { earliest, latest } = asOfBounds(window);
  return z.object({
    area: z
      .string()
      .trim()
      .superRefine((code, ctx) => {
        if (code !== countryCode && !isAreaCode(code)) ctx.addIssue({ code: 'custom', message: 'coverage_area_invalid', params: { areaCode: code } });
      })
      .optional(),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format', abort: true })
      .superRefine((date, ctx) => {
        if (!isValid(parseISO(date))) ctx.addIssue({ code: 'custom', message: 'date_not_in_calendar', params: { date } });
        else if (date < earliest || date > latest) ctx.addIssue({ code: 'custom', message: 'as_of_out_of_range', params: { date, earliest, latest } });
      })
      .optional(),
  });
}

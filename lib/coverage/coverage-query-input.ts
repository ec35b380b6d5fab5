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
      .refine((code) => code === countryCode || isAreaCode(code), { error: (issue) => `Kode wilayah tidak valid: "${String(issue.input)}" (contoh: ID, 64, 64.71, 64.71.01.1001)` })
      .optional(),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf harus tanggal berbentuk YYYY-MM-DD', abort: true })
      .refine((d) => isValid(parseISO(d)), { error: (issue) => `tanggal ${String(issue.input)} tidak ada di kalender`, abort: true })
      .refine((d) => d >= earliest && d <= latest, { error: (issue) => `tanggal ${String(issue.input)} di luar rentang operasi (${earliest} s.d. ${latest})` })
      .optional(),
  });
}

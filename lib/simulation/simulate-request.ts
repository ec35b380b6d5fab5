import { isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { countryCode, isAreaCode, levelOfCode } from '../areas/codes';

/**
 * What `npm run simulate` asks for (and POST /api/internal/simulate, its door into a running app): simulate up to
 * `until` (a real date) in `region` (the country, a province or a kabupaten). Both optional.
 */
export const simulateRequestInput = z.strictObject({
  until: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format', abort: true })
    .superRefine((date, ctx) => {
      if (!isValid(parseISO(date))) ctx.addIssue({ code: 'custom', message: 'date_not_in_calendar', params: { date } });
    })
    .optional(),
  region: z
    .string()
    .trim()
    .refine((code) => code === countryCode || (isAreaCode(code) && ['provinsi', 'kabupaten'].includes(levelOfCode(code))), { message: 'plan_area_code_invalid' })
    .optional(),
});
export type SimulateRequestInput = z.infer<typeof simulateRequestInput>;

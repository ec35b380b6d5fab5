import { differenceInCalendarDays, isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { terrainParamFields } from '../planning/terrain/terrain-params';

/** Longest fieldwork window a plan may cover, in days (both ends counted): a year, leap day included. */
export const maxWindowDays = 366;
/** Most rupiah one honorarium or one charter leg may cost: far above any real figure, far below float trouble. */
export const maxRupiah = 1_000_000_000_000;

const isCalendarDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && isValid(parseISO(d));
const inYears = (d: string) => d >= '2000-01-01' && d <= '2100-12-31';

/** A real calendar day (no 2022-02-30) of the years 2000-2100, as `YYYY-MM-DD`. */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format', abort: true })
  .superRefine((date, ctx) => {
    if (!isCalendarDate(date)) ctx.addIssue({ code: 'custom', message: 'date_not_in_calendar', params: { date } });
    else if (!inYears(date)) ctx.addIssue({ code: 'custom', message: 'date_out_of_years', params: { date } });
  });
const rupiah = z.number().int().min(0).max(maxRupiah, 'rupiah_too_big');
const distinct = <T>(items: readonly T[]) => new Set(items).size === items.length;

/**
 * The parameters of an operation: every planning rule of DESIGN.md section 4 with its default, each bounded by what
 * the domain allows. Money is in rupiah, durations in days, weekdays 0 = Sunday. Unknown keys are dropped, not
 * refused: this also reads a saved plan's params, which carry its strategy beside them; what a client sends goes
 * through the strict paramOverridesInput first. Messages are problem codes (lib/i18n/problem.ts).
 */
export const operationParamsSchema = z
  .object({
    windowStart: calendarDate.default('2022-10-15'),
    windowEnd: calendarDate.default('2022-11-14'),
    restWeekdays: z
      .array(z.number().int().min(0).max(6))
      .max(6, 'rest_weekdays_too_many')
      .refine(distinct, 'rest_weekdays_repeated')
      .default([]),
    holidays: z.array(calendarDate).max(maxWindowDays, 'holidays_too_many').refine(distinct, 'holidays_repeated').default([]),
    reserveDays: z.number().int().min(0).max(60).default(6),
    minDailyFamilies: z.number().int().min(1).max(200).default(10),
    maxDailyFamilies: z.number().int().min(1).max(200).default(14),
    pplPerPml: z.number().int().min(1).max(20).default(4),
    /** a kecamatan with more PPL than this gets a second KOSEKA */
    kosekaSplitPpl: z.number().int().min(1).max(1000).default(30),
    supervisionEveryDays: z.number().int().min(1).max(60).default(7),
    /** working days a new PPL needs (recruiting, training) before they can take a dropout's work */
    recruitLeadDays: z.number().int().min(0).max(60).default(3),
    honorPplRupiah: rupiah.default(3_700_000),
    honorPmlRupiah: rupiah.default(4_100_000),
    honorKosekaRupiah: rupiah.default(4_500_000),
    boatLegRupiah: rupiah.default(4_000_000),
    longboatLegRupiah: rupiah.default(5_000_000),
    planeSortieRupiah: rupiah.default(15_000_000),
    planeSortieHighlandRupiah: rupiah.default(100_000_000),
    /** provinces whose plane sorties are priced as highland flights (Papua Tengah, Papua Pegunungan) */
    highlandProvinceCodes: z
      .array(z.string().regex(/^\d{2}$/, 'province_code_format'))
      .max(38, 'province_codes_too_many')
      .refine(distinct, 'province_codes_repeated')
      .default(['94', '95']),
    seatsPerBoat: z.number().int().min(1).max(50).default(10),
    seatsPerPlane: z.number().int().min(1).max(50).default(7),
    ...terrainParamFields,
    /** false keeps the old rule: every boat or plane village planned alone, one leg per team and PML visit */
    charterPooling: z.boolean().default(true),
    /** villages of one kecamatan one pooled trip may serve */
    maxStopsPerTrip: z.number().int().min(1).max(10).default(3),
    /** rupiah for each stop of a trip after the first; null: a quarter of the trip's leg */
    extraStopRupiah: rupiah.nullable().default(null),
    /** days a PPL shared by several small remote villages spends moving from one to the next */
    interVillageTravelDays: z.number().int().min(0).max(10).default(1),
  })
  .refine((p) => p.minDailyFamilies <= p.maxDailyFamilies, {
    message: 'min_above_max',
    path: ['maxDailyFamilies'],
  })
  .superRefine(checkWindow);

/** The window runs forward and lasts at most a year, and every holiday falls inside it. */
function checkWindow({ windowStart, windowEnd, holidays }: { windowStart: string; windowEnd: string; holidays: readonly string[] }, ctx: z.RefinementCtx) {
  // zod runs object checks even when a field failed: a malformed date is already reported on its own.
  if (![windowStart, windowEnd].every((d) => isCalendarDate(d) && inYears(d))) return;
  if (windowStart > windowEnd) ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'window_backwards' });
  else if (differenceInCalendarDays(parseISO(windowEnd), parseISO(windowStart)) + 1 > maxWindowDays) {
    ctx.addIssue({ code: 'custom', path: ['windowEnd'], message: 'window_too_long', params: { maxDays: maxWindowDays } });
  }
  const outside = holidays.findIndex((d) => d < windowStart || d > windowEnd);
  if (outside >= 0) {
    ctx.addIssue({ code: 'custom', path: ['holidays', outside], message: 'holiday_outside_window', params: { date: holidays[outside]!, windowStart, windowEnd } });
  }
}

export type OperationParams = z.infer<typeof operationParamsSchema>;
export type OperationParamsInput = z.input<typeof operationParamsSchema>;

/** The defaults of DESIGN.md: Regsosek 2022's window and norms. */
export const defaultOperationParams: OperationParams = operationParamsSchema.parse({});

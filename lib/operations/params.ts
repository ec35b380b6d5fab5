import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berbentuk YYYY-MM-DD');
const rupiah = z.number().int().min(0);

/**
 * The parameters of an operation: every planning rule of DESIGN.md section 4 with its default.
 * Money is in rupiah, durations in days, weekdays 0 = Sunday.
 */
export const operationParamsSchema = z
  .object({
    windowStart: isoDate.default('2022-10-15'),
    windowEnd: isoDate.default('2022-11-14'),
    restWeekdays: z.array(z.number().int().min(0).max(6)).default([]),
    holidays: z.array(isoDate).default([]),
    reserveDays: z.number().int().min(0).max(60).default(6),
    minDailyFamilies: z.number().int().min(1).max(200).default(10),
    maxDailyFamilies: z.number().int().min(1).max(200).default(14),
    pplPerPml: z.number().int().min(1).max(20).default(4),
    /** a kecamatan with more PPL than this gets a second KOSEKA */
    kosekaSplitPpl: z.number().int().min(1).default(60),
    supervisionEveryDays: z.number().int().min(1).max(60).default(7),
    honorPplRupiah: rupiah.default(3_700_000),
    honorPmlRupiah: rupiah.default(4_100_000),
    honorKosekaRupiah: rupiah.default(4_500_000),
    boatLegRupiah: rupiah.default(4_000_000),
    longboatLegRupiah: rupiah.default(5_000_000),
    planeSortieRupiah: rupiah.default(15_000_000),
    planeSortieHighlandRupiah: rupiah.default(100_000_000),
    /** provinces whose plane sorties are priced as highland flights (Papua Tengah, Papua Pegunungan) */
    highlandProvinceCodes: z.array(z.string().regex(/^\d{2}$/)).default(['94', '95']),
    seatsPerBoat: z.number().int().min(1).max(50).default(10),
    seatsPerPlane: z.number().int().min(1).max(50).default(7),
  })
  .refine((p) => p.minDailyFamilies <= p.maxDailyFamilies, {
    message: 'minDailyFamilies tidak boleh melebihi maxDailyFamilies',
    path: ['maxDailyFamilies'],
  })
  .refine((p) => p.windowStart <= p.windowEnd, {
    message: 'akhir jendela pendataan harus sesudah awalnya',
    path: ['windowEnd'],
  });

export type OperationParams = z.infer<typeof operationParamsSchema>;
export type OperationParamsInput = z.input<typeof operationParamsSchema>;

/** The defaults of DESIGN.md: Regsosek 2022's window and norms. */
export const defaultOperationParams: OperationParams = operationParamsSchema.parse({});

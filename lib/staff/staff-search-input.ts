import { z } from 'zod';
import { areaSearchInput } from '../areas/inputs';
import { staffRoles } from './roles';

/** People a page of the Petugas roster shows. */
export const staffPageSize = 100;

/** One value of a query parameter: the first when the URL repeats it (`?q=a&q=b`). */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** The Petugas page's roster query: `q` a name, village, kecamatan or kabupaten fragment or an area code prefix. */
export const staffSearchInput = z.object({
  q: z.preprocess(first, areaSearchInput.shape.q),
  /** ppl, pml or koseka; anything else lists every role */
  peran: z.preprocess(first, z.enum(staffRoles).optional().catch(undefined)),
  /** 1-based; not a whole number from 1 up: the first page */
  halaman: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1)),
});
export type StaffSearch = z.output<typeof staffSearchInput>;

/** The page to show of `total` rows: the asked one, or the last when it lies past the end (1 when there are none). */
export function clampPage({ page, total, pageSize }: { page: number; total: number; pageSize: number }): number {
  return Math.min(page, Math.max(1, Math.ceil(total / pageSize)));
}

import { z } from 'zod';
import { isAreaCode } from './codes';

/** An area code from a URL or a client: 64, 64.71, 64.71.01, 64.71.01.1001 or an SLS code. */
export const areaCodeInput = z.string().trim().refine(isAreaCode, { message: 'area_code_invalid' });

/** The area search box: a name fragment or a code prefix. */
export const areaSearchInput = z.object({
  q: z
    .string()
    .trim()
    .max(80, 'search_too_long')
    // A NUL byte cannot reach PostgreSQL text at all; no other control character belongs in a place name.
    .refine((q) => !/\p{Cc}/u.test(q), 'search_control_character')
    .optional()
    .default(''),
});

/** GET /api/areas: the search, and `purpose=plan` for only the areas the viewer may plan. */
export const areaSuggestInput = areaSearchInput.extend({ purpose: z.enum(['plan']).optional() });

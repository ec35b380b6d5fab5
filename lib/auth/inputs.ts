import { z } from 'zod';
import { countryCode, isAreaCode } from '../areas/codes';
import { singleLineText } from '../text/single-line-text';
import { roles } from './permissions';

/** A username: lower-case letters, digits, dots, dashes and underscores, 3-32 characters. */
export const usernameInput = z.string().trim().regex(/^[a-z0-9._-]{3,32}$/, 'username_format');

/** A request for a bearer token: whose it is, a label, and how many days it lasts (1-400, default 90). */
export const tokenRequestInput = z.strictObject({
  username: usernameInput,
  name: singleLineText({ label: 'token_name', max: 80 }),
  days: z.number().int().min(1).max(400).optional(),
});
export type TokenRequestInput = z.infer<typeof tokenRequestInput>;

/** A token id from a URL: a serial, so at most PostgreSQL's integer. */
export const tokenIdInput = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'token_id_invalid')
  .transform(Number)
  .pipe(z.number().max(2_147_483_647, 'token_id_too_big'));

/** How long a token lasts when its creator names no number of days. */
export const defaultTokenDays = 90;

/** A password an account may be given: 10-128 characters. */
export const passwordInput = z.string().min(10, 'password_too_short').max(128);

/** A new account from the command line: who, which role, which areas. */
export const newAccountInput = z.strictObject({
  username: usernameInput,
  name: singleLineText({ label: 'name', max: 80 }),
  role: z.enum(roles),
  areaCodes: z.array(z.string().refine((code) => code === countryCode || isAreaCode(code), 'area_code_invalid')).min(1),
  password: passwordInput,
});

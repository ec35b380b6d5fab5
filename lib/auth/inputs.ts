import { z } from 'zod';
import { countryCode, isAreaCode } from '../areas/codes';
import { roles } from './permissions';

/** A username: lower-case letters, digits, dots, dashes and underscores, 3-32 characters. */
export const usernameInput = z.string().trim().regex(/^[a-z0-9._-]{3,32}$/, 'nama pengguna 3-32 huruf kecil, angka, titik, - atau _');

/** A request for a bearer token: whose it is, a label, and optionally how many days it lasts (1-400). */
export const tokenRequestInput = z.strictObject({
  username: usernameInput,
  name: z.string().trim().min(1).max(80),
  days: z.number().int().min(1).max(400).optional(),
});
export type TokenRequestInput = z.infer<typeof tokenRequestInput>;

/** A token id from a URL: a positive integer the id column can hold (int4). */
export const tokenIdInput = z.coerce.number({ message: 'Nomor token harus angka' }).int().positive().max(2_147_483_647);

/** A password an account may be given: 10-128 characters. */
export const passwordInput = z.string().min(10, 'kata sandi minimal 10 karakter').max(128);

/** A new account from the command line: who, which role, which areas. */
export const newAccountInput = z.strictObject({
  username: usernameInput,
  name: z.string().trim().min(1).max(80),
  role: z.enum(roles),
  areaCodes: z.array(z.string().refine((code) => code === countryCode || isAreaCode(code), 'kode wilayah tidak valid')).min(1),
  password: passwordInput,
});

import { z } from 'zod';

/** A username: lower-case letters, digits, dots, dashes and underscores, 3-32 characters. */
export const usernameInput = z.string().trim().regex(/^[a-z0-9._-]{3,32}$/, 'nama pengguna 3-32 huruf kecil, angka, titik, - atau _');

/** A request for a bearer token: whose it is, a label, and optionally how many days it lasts (1-400). */
export const tokenRequestInput = z.strictObject({
  username: usernameInput,
  name: z.string().trim().min(1).max(80),
  days: z.number().int().min(1).max(400).optional(),
});
export type TokenRequestInput = z.infer<typeof tokenRequestInput>;

export const tokenIdInput = z.coerce.number().int().positive();

import { z } from 'zod';

/**
 * The only body the sign-in endpoint takes: a username and a password, nothing else. Checked before the auth library
 * sees it, so an odd body is a 422 here rather than whatever the library makes of it.
 */
export const signInInput = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

/** The auth library's endpoints the app uses; every other path it offers (update-user, sign-up, …) answers 404. */
export const authPathsInUse = ['/api/auth/sign-in/username', '/api/auth/sign-out'] as const;

import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { username } from 'better-auth/plugins';
import { servedOrigins } from '@/lib/auth/request-origin';
import type { Db } from './client';
import { accounts, rateLimits, sessions, users, verifications } from './schema';

/** How long a browser session lasts without use, and how often its expiry is pushed forward. */
export const sessionSeconds = 12 * 60 * 60;
/** Sign-in attempts allowed per client address per minute: the library counts them in the database. */
export const signInAttemptsPerMinute = 5;

/**
 * better-auth over the app's drizzle database: username and password sign-in (no self sign-up: office heads and
 * the seed create accounts), sessions and rate-limit counters in PostgreSQL, password hashing by the library.
 */
export function createAuth({ db, secret, baseURL, publicOrigin = null }: { db: Db; secret: string; baseURL?: string; publicOrigin?: string | null }) {
  return betterAuth({
    appName: 'Sigap',
    secret,
    baseURL,
    // The app answers at whatever address it was reached (127.0.0.1 and localhost are different origins), plus the
    // public URL the operator declares: sign-in and sign-out must work from each.
    trustedOrigins: (request) => servedOrigins({ host: request ? (request.headers.get('host') ?? new URL(request.url).host) : null, publicOrigin }),
    database: drizzleAdapter(db, {
      provider: 'pg',
      schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
    }),
    // The role is set by whoever creates the account (seed, office head), never by a sign-up form.
    user: { additionalFields: { role: { type: 'string', input: false, required: true } } },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8 },
    // Same rule as lib/auth/inputs.ts: lower-case letters, digits, dots, dashes and underscores.
    plugins: [username({ usernameValidator: (name) => /^[a-z0-9._-]{3,32}$/.test(name) })],
    session: { expiresIn: sessionSeconds, updateAge: 60 * 60 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      window: 60,
      max: 120,
      customRules: { '/sign-in/*': { window: 60, max: signInAttemptsPerMinute } },
    },
    // Published over https (SIGAP_PUBLIC_URL), the cookie is Secure and named __Secure-sigap.session_token.
    advanced: { cookiePrefix: 'sigap', useSecureCookies: publicOrigin?.startsWith('https://') ?? false, defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' } },
    telemetry: { enabled: false },
    // The origin is taken from each request (the app runs on any host and port); that is intended, not a warning.
    logger: { level: 'error' },
  });
}

export type Auth = ReturnType<typeof createAuth>;

import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { addDays, subMinutes } from 'date-fns';
import { and, desc, eq, gt, isNull, or } from 'drizzle-orm';
import { defaultTokenDays, type TokenRequestInput } from '@/lib/auth/inputs';
import type { Viewer } from '@/lib/auth/permissions';
import type { ViewerScope } from '@/lib/auth/scope';
import type { Db } from '../client';
import { apiTokens, users } from '../schema';
import { managedUser } from './scope';
import { getUserScope, getViewer } from './users';

const tokenPrefix = 'sgp_';

/** The stored form of a bearer token: its SHA-256, so a leaked table reveals no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface CreatedToken {
  id: number;
  /** shown once, never stored */
  token: string;
  prefix: string;
  expiresAt: Date | null;
}

/** Creates a bearer token acting as `userId`; the plain token is returned once and only its hash is kept. */
export async function createToken(db: Db, input: { userId: string; name: string; createdBy: string | null; expiresAt?: Date | null }): Promise<CreatedToken> {
  const token = `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
  const prefix = token.slice(0, tokenPrefix.length + 6);
  const [row] = await db
    .insert(apiTokens)
    .values({ userId: input.userId, name: input.name, tokenHash: hashToken(token), prefix, createdBy: input.createdBy, expiresAt: input.expiresAt ?? null })
    .returning({ id: apiTokens.id });
  return { id: row!.id, token, prefix, expiresAt: input.expiresAt ?? null };
}

/**
 * A token for the user named in a request (the API, the running app's CLI door and `npm run token` all come here),
 * lasting `days` from `now`; null when the user is unknown or `allowed` refuses their areas.
 */
export async function createTokenFor(
  db: Db,
  { request, createdBy, now, allowed = () => true }: { request: TokenRequestInput; createdBy: string | null; now: Date; allowed?: (areaCodes: readonly string[]) => boolean },
): Promise<CreatedToken | null> {
  const user = await getUserScope(db, { username: request.username });
  if (!user || !allowed(user.areaCodes)) return null;
  // Every token ends: a forgotten entry-system token must not stay valid for ever.
  const expiresAt = addDays(now, request.days ?? defaultTokenDays);
  return createToken(db, { userId: user.id, name: request.name, createdBy, expiresAt });
}

/** The viewer a bearer token acts as, or null when it is unknown, revoked or expired at `now`. */
export async function getTokenViewer(db: Db, token: string, now: Date): Promise<Viewer | null> {
  if (!token.startsWith(tokenPrefix)) return null;
  const [row] = await db
    .select({ id: apiTokens.id, userId: apiTokens.userId, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt), or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now))));
  if (!row) return null;
  // An entry system posts batch after batch: note the use once a minute, not on every request.
  if (!row.lastUsedAt || row.lastUsedAt < subMinutes(now, 1)) await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  return getViewer(db, row.userId);
}

export interface TokenListItem {
  id: number;
  name: string;
  prefix: string;
  username: string | null;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const tokenListColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  username: users.username,
  createdAt: apiTokens.createdAt,
  expiresAt: apiTokens.expiresAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

/** Tokens of the users the viewer manages (every area of theirs inside the viewer's), newest first; never hashes. */
export async function listTokens(db: Db, scope: ViewerScope): Promise<TokenListItem[]> {
  return db
    .select(tokenListColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(managedUser(scope, apiTokens.userId))
    .orderBy(desc(apiTokens.id));
}

/** One token of a user the viewer manages, or null (unknown, or another region's: the same answer). */
export async function getToken(db: Db, scope: ViewerScope, id: number): Promise<TokenListItem | null> {
  const [row] = await db
    .select(tokenListColumns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.id, id), managedUser(scope, apiTokens.userId)));
  return row ?? null;
}

/** Revokes a token at `now`; true when it was active. */
export async function revokeToken(db: Db, id: number, now: Date): Promise<boolean> {
  const rows = await db.update(apiTokens).set({ revokedAt: now }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt))).returning({ id: apiTokens.id });
  return rows.length > 0;
}

import 'server-only';
import { randomUUID } from 'node:crypto';
import { hashPassword, verifyPassword } from 'better-auth/crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Role, Viewer } from '@/lib/auth/permissions';
import type { Db } from '../client';
import { accounts, sessions, userAreas, users } from '../schema';

export interface NewAccountInput {
  username: string;
  name: string;
  role: Role;
  areaCodes: readonly string[];
  password: string;
  staffId?: number | null;
}

/** Creates a user with a password (hashed by better-auth) and their areas; returns the user's id. */
export async function createUser(db: Db, input: NewAccountInput): Promise<string> {
  const id = randomUUID();
  const password = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx.insert(users).values({
      id,
      name: input.name,
      email: `${input.username}@pengguna.sigap.invalid`,
      username: input.username,
      displayUsername: input.username,
      role: input.role,
      staffId: input.staffId ?? null,
    });
    await tx.insert(accounts).values({ id: randomUUID(), accountId: id, providerId: 'credential', userId: id, password });
    await tx.insert(userAreas).values(input.areaCodes.map((areaCode) => ({ userId: id, areaCode })));
  });
  return id;
}

/** One user with their areas (one query), by id or username; null when unknown. */
async function getUserRow(db: Db, by: { id: string } | { username: string }) {
  const rows = await db
    .select({ user: users, areaCode: userAreas.areaCode })
    .from(users)
    .leftJoin(userAreas, eq(userAreas.userId, users.id))
    .where('id' in by ? eq(users.id, by.id) : eq(users.username, by.username));
  if (rows.length === 0) return null;
  return { ...rows[0]!.user, areaCodes: rows.flatMap((r) => (r.areaCode ? [r.areaCode] : [])) };
}

/** The viewer behind a user id, or null when the user is unknown or disabled. */
export async function getViewer(db: Db, userId: string): Promise<Viewer | null> {
  const user = await getUserRow(db, { id: userId });
  if (!user || user.disabled) return null;
  return { userId, username: user.username ?? user.id, name: user.name, role: user.role, areaCodes: user.areaCodes, staffId: user.staffId };
}

/** A user's id and areas, by id or username, or null. */
export async function getUserScope(db: Db, by: { id: string } | { username: string }): Promise<{ id: string; areaCodes: string[] } | null> {
  const user = await getUserRow(db, by);
  return user && { id: user.id, areaCodes: user.areaCodes };
}

/** The user id of a username, or null. */
export async function getUserId(db: Db, username: string): Promise<string | null> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return user?.id ?? null;
}

/** Usernames among `usernames` whose password is still `password` (a production start refuses demo passwords). */
export async function listUsersWithPassword(db: Db, usernames: readonly string[], password: string): Promise<string[]> {
  if (usernames.length === 0) return [];
  const rows = await db
    .select({ username: users.username, hash: accounts.password })
    .from(users)
    .innerJoin(accounts, and(eq(accounts.userId, users.id), eq(accounts.providerId, 'credential')))
    .where(inArray(users.username, [...usernames]));
  const matches: string[] = [];
  for (const row of rows) if (row.hash && (await verifyPassword({ hash: row.hash, password }))) matches.push(row.username!);
  return matches;
}

/** Sets a user's password (hashed by better-auth) and ends their sessions; false when the username is unknown. */
export async function setPassword(db: Db, username: string, password: string): Promise<boolean> {
  const userId = await getUserId(db, username);
  if (!userId) return false;
  const hash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx.update(accounts).set({ password: hash, updatedAt: new Date() }).where(and(eq(accounts.userId, userId), eq(accounts.providerId, 'credential')));
    await tx.delete(sessions).where(eq(sessions.userId, userId));
  });
  return true;
}

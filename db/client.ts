import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { readEnv, type EnvSource } from './env';
import * as schema from './schema';

/**
 * One drizzle type for both drivers and their transactions: PGlite's and postgres.js's databases and the `tx` of
 * `db.transaction` all extend it, so a use case hands a transaction to a query as it would the database.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbHandle {
  db: Db;
  driver: 'pglite' | 'postgres';
  /** where the data lives: a folder for PGlite, the server (without password) for PostgreSQL */
  location: string;
  close: () => Promise<void>;
}

export interface DbConfig {
  /** a PostgreSQL URL; when absent the embedded PGlite database is used */
  url?: string;
  /** PGlite's folder; 'memory' for an in-memory database (tests) */
  pgliteDir?: string;
}

const migrationsFolder = path.join(process.cwd(), 'db', 'migrations');

/** The database configuration from the environment (checked by db/env.ts). */
export function readDbConfig(env?: EnvSource): DbConfig {
  const { DATABASE_URL, PGLITE_DIR } = readEnv(env);
  return { url: DATABASE_URL, pgliteDir: PGLITE_DIR };
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const sql = postgres(url, { onnotice: () => {}, max: 10 });
  const db = drizzle(sql, { schema });
  await migrate(db, { migrationsFolder });
  return { db, driver: 'postgres', location: describeUrl(url), close: () => sql.end() };
}

async function openPglite(dir: string): Promise<DbHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const inMemory = dir === 'memory';
  // PGlite creates only the last folder of its data dir.
  if (!inMemory) mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  const client = inMemory ? new PGlite() : new PGlite(path.resolve(dir));
  await client.waitReady;
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return { db, driver: 'pglite', location: inMemory ? 'memory' : dir, close: () => client.close() };
}

/** Opens the database the configuration names and applies pending migrations. */
export async function openDatabase(config: DbConfig = readDbConfig()): Promise<DbHandle> {
  return config.url ? openPostgres(config.url) : openPglite(config.pgliteDir ?? 'memory');
}

declare global {
  /** the app's database handle, shared by dev reloads and route bundles */
  var sigapDb: Promise<DbHandle> | undefined;
}

/** The app's one database handle, cached on globalThis so dev reloads and route bundles share it. */
export function getDbHandle(): Promise<DbHandle> {
  globalThis.sigapDb ??= openDatabase();
  return globalThis.sigapDb;
}

/** Makes `handle` the app's database handle: for a route handler served outside Next (tests, the intake bench). */
export function setDbHandle(handle: DbHandle): void {
  globalThis.sigapDb = Promise.resolve(handle);
}

/** The app's drizzle instance. */
export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

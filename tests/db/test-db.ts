import postgres from 'postgres';
import { openDatabase, type DbHandle } from '@/db/client';

/**
 * A fresh database for one test file: in-memory PGlite, or, when DATABASE_URL is set, a new database on that
 * PostgreSQL server, dropped again by `close`.
 */
export async function openTestDb(): Promise<DbHandle & { label: string }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { ...(await openDatabase({ pgliteDir: 'memory' })), label: 'PGlite' };
  const name = `sigap_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  return {
    ...handle,
    label: 'PostgreSQL',
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

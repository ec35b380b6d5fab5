import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/rows';
import * as schema from '@/db/schema';

/**
 * A database made before plan versions, roster people and slot holders were unique, holding what the old bugs left
 * (five plans saved at once, a roster posted twice, one person in two slots), must still migrate: the repair
 * migration merges the copies before the unique indexes are built.
 */
const migrations = path.resolve(import.meta.dirname, '../../db/migrations');
const before = mkdtempSync(path.join(tmpdir(), 'sigap-migrations-'));
cpSync(migrations, before, { recursive: true });
const journalPath = path.join(before, 'meta', '_journal.json');
const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.filter((e) => e.tag < '0003') }));

async function openEmpty(): Promise<{ label: string; db: Db; migrate: (folder: string) => Promise<void>; close: () => Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const client = new PGlite();
    const db = drizzle(client, { schema });
    return { label: 'PGlite', db, migrate: (folder) => migrate(db, { migrationsFolder: folder }), close: () => client.close() };
  }
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  const name = `sigap_m_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(serverUrl, { onnotice: () => {}, max: 1 });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = postgres(url.toString(), { onnotice: () => {}, max: 1 });
  const db = drizzle(client, { schema });
  return {
    label: 'PostgreSQL',
    db,
    migrate: (folder) => migrate(db, { migrationsFolder: folder }),
    close: async () => {
      await client.end();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

const handle = await openEmpty();
const { db } = handle;
afterAll(async () => {
  await handle.close();
  rmSync(before, { recursive: true, force: true });
});
const rows = async <T,>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));

describe(`migrating a database the old bugs left duplicates in (${handle.label})`, () => {
  beforeAll(async () => {
    await handle.migrate(before);
    await db.execute(sql`insert into operations (id, name, area_code, window_start, window_end, params) values (1, 'Uji', '64.71', '2022-10-15', '2022-11-14', '{}')`);
    await db.execute(sql`insert into plans (id, operation_id, area_code, name, version, status, params) values
      (1, 1, '64.71', 'a', 1, 'saved', '{}'), (2, 1, '64.71', 'b', 1, 'saved', '{}'), (3, 1, '64.71', 'c', 1, 'saved', '{}'), (4, 1, '64.71.01', 'd', 1, 'saved', '{}')`);
    await db.execute(sql`insert into staff (id, operation_id, name, role, phone, home_area_code) values
      (1, 1, 'Siti', 'ppl', '0812-1111-2222', '64.71.01.1001'), (2, 1, 'Siti', 'ppl', '+6281211112222', '64.71.01.1001'),
      (3, 1, 'Budi', 'pml', null, '64.71.01.1001'), (4, 1, ' budi', 'pml', null, '64.71.01.1001'), (5, 1, 'Budi', 'pml', null, '64.71.02.1001')`);
    await db.execute(sql`insert into plan_slots (id, plan_id, label, role, district_code, staff_id) values
      (1, 1, 'PPL 1', 'ppl', '64.71.01', 1), (2, 1, 'PPL 2', 'ppl', '64.71.01', 2), (3, 1, 'PML 1', 'pml', '64.71.01', 4)`);
    await db.execute(sql`insert into users (id, name, email, role, staff_id) values ('u1', 'Budi', 'budi@contoh', 'pml', 4)`);
    await handle.migrate(migrations);
  });

  it('numbers the plans of one area again, in the order they were made', async () => {
    expect(await rows(sql`select id, version from plans order by id`)).toEqual([
      { id: 1, version: 1 }, { id: 2, version: 2 }, { id: 3, version: 3 }, { id: 4, version: 1 },
    ]);
  });

  it('keeps the first row of each person, phones in one form, and points slots and accounts at it', async () => {
    expect(await rows(sql`select id, name, phone, home_area_code from staff order by id`)).toEqual([
      { id: 1, name: 'Siti', phone: '081211112222', home_area_code: '64.71.01.1001' },
      { id: 3, name: 'Budi', phone: null, home_area_code: '64.71.01.1001' },
      { id: 5, name: 'Budi', phone: null, home_area_code: '64.71.02.1001' },
    ]);
    // Siti held two slots through her two rows: the first keeps her, the second is to recruit again.
    expect(await rows(sql`select id, staff_id from plan_slots order by id`)).toEqual([{ id: 1, staff_id: 1 }, { id: 2, staff_id: null }, { id: 3, staff_id: 3 }]);
    expect(await rows(sql`select staff_id from users`)).toEqual([{ staff_id: 3 }]);
  });
});

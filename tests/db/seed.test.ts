import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAreaWithAncestors, listChildAreas, searchAreas } from '@/db/queries/areas';
import { getActiveOperation, listRegionTotals } from '@/db/queries/operations';
import { areas, areaTargets, operations, workloads } from '@/db/schema';
import { FrameFileError, readAreaFrame } from '@/seeds/area-frame';
import { demoRegencies } from '@/seeds/demo-regions';
import { loadAreaFrame, seedDatabase } from '@/seeds/seed-database';
import { openTestDb } from './test-db';
import { nationalScope, scopeOf } from '@/lib/auth/scope';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const kosekaScope = scopeOf({ role: 'koseka', areaCodes: ['64.71.01'], staffId: null });

describe(`seeding the whole frame and the demo (${handle.label})`, () => {
  let first: Awaited<ReturnType<typeof seedDatabase>>;
  beforeAll(async () => {
    first = await seedDatabase(db);
  });

  it('loads every level of idn-area-data', async () => {
    const rows = await db.select({ level: areas.level, n: count() }).from(areas).groupBy(areas.level);
    const byLevel = Object.fromEntries(rows.map((r) => [r.level, r.n]));
    expect(first).toEqual({ frame: true, demo: true, fieldwork: false });
    expect(byLevel).toMatchObject({ provinsi: 38, kabupaten: 514, kecamatan: 7285, desa: 83762 });
  });

  it('shows Kota Sorong with 10 districts and 41 villages, as the source article says', async () => {
    const districts = await listChildAreas(db, nationalScope, '96.71', null);
    expect(districts).toHaveLength(10);
    expect(districts.reduce((s, d) => s + d.subareas, 0)).toBe(41);
  });

  it('rolls family targets up to each demo regency exactly as generated', async () => {
    const op = await getActiveOperation(db);
    const totals = await listRegionTotals(db, nationalScope, op!.id);
    for (const { code, families } of demoRegencies) {
      expect(totals.find((t) => t.code === code)?.families, code).toBe(families);
    }
    const provinces = await listChildAreas(db, nationalScope, null, op!.id);
    expect(provinces.find((p) => p.code === '65')?.families).toBe(42_000 + 24_000 + 56_000 + 8_000 + 70_000);
  });

  it('stands the demo at 28 October 2022 and holds its targets at every level', async () => {
    const [op] = await db.select().from(operations);
    expect(op!.clockDate).toBe('2022-10-28');
    const targets = new Map((await db.select().from(areaTargets)).map((t) => [t.areaCode, t]));
    expect(targets.get('ID')?.families).toBe(demoRegencies.reduce((s, r) => s + r.families, 0));
    for (const { code, families } of demoRegencies) expect(targets.get(code)?.families, code).toBe(families);
    const [sls] = await db.select({ n: count() }).from(workloads);
    expect(targets.get('ID')?.sls).toBe(sls!.n);
  });

  it('gives a demo seeded before intake its clock and targets on the next start', async () => {
    await db.update(operations).set({ clockDate: null });
    await db.delete(areaTargets);
    await seedDatabase(db);
    const [op] = await db.select().from(operations);
    expect(op!.clockDate).toBe('2022-10-28');
    const [targets] = await db.select({ n: count() }).from(areaTargets);
    expect(targets!.n).toBeGreaterThan(demoRegencies.length);
  });

  it('lists SLS of a plane village with their access attributes', async () => {
    const op = await getActiveOperation(db);
    const sls = await listChildAreas(db, nationalScope, '65.02.04.2003', op!.id); // Long Sule
    expect(sls.length).toBeGreaterThan(0);
    for (const row of sls) {
      expect(row.level).toBe('sls');
      expect(row.accessModes).toEqual(['plane']);
      expect(row.localStaff).toBe(false);
      expect(row.families).toBeGreaterThan(0);
    }
  });

  it('searches by name and by code prefix, exact names first', async () => {
    const byName = await searchAreas(db, nationalScope, 'long sule');
    expect(byName[0]).toMatchObject({ code: '65.02.04.2003', level: 'desa' });
    const byCode = await searchAreas(db, nationalScope, '96.71');
    expect(byCode[0]).toMatchObject({ code: '96.71', name: 'Kota Sorong' });
    expect(await searchAreas(db, nationalScope, '%')).toEqual([]); // a LIKE wildcard is searched literally
  });

  it('searches only inside the given areas and the way down to them', async () => {
    const codes = (await searchAreas(db, kosekaScope, 'balikpapan', 50)).map((a) => a.code);
    expect(codes).toContain('64.71'); // the city above the kecamatan
    expect(codes).toContain('64.71.01');
    expect(codes).not.toContain('64.71.02');
    expect(await searchAreas(db, kosekaScope, '96.71')).toEqual([]);
    expect((await searchAreas(db, nationalScope, '96.71'))[0]?.code).toBe('96.71');
  });

  it('returns the ancestors of an area, and null for an unknown code', async () => {
    const chain = await getAreaWithAncestors(db, nationalScope, '65.02.05');
    expect(chain?.chain.map((a) => a.name)).toEqual(['Kalimantan Utara', 'Kabupaten Malinau', 'Kayan Hulu']);
    expect(await getAreaWithAncestors(db, nationalScope, '99.99')).toBeNull();
  });

  it('writes nothing the second time', async () => {
    const before = await db.select({ n: count() }).from(workloads);
    expect(await seedDatabase(db)).toEqual({ frame: false, demo: false, fieldwork: false });
    const after = await db.select({ n: count() }).from(workloads);
    expect(after).toEqual(before);
  });
});

describe(`bad frame data (${handle.label})`, () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  function frameDir(villages: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sigap-frame-'));
    dirs.push(dir);
    writeFileSync(path.join(dir, 'provinces.csv'), 'code,name\n64,Kalimantan Timur\n');
    writeFileSync(path.join(dir, 'regencies.csv'), 'code,province_code,name\n64.71,64,Kota Balikpapan\n');
    writeFileSync(path.join(dir, 'districts.csv'), 'code,regency_code,name\n64.71.01,64.71,Balikpapan Timur\n');
    writeFileSync(path.join(dir, 'villages.csv'), villages);
    return dir;
  }

  it.each([
    ['a malformed code', 'code,district_code,name\n64.71.01.1001,64.71.01,Manggar\n64.71.01.10x2,64.71.01,Lamaru\n', 'villages.csv, baris 3, kolom code'],
    ['an empty name', 'code,district_code,name\n64.71.01.1001,64.71.01,\n', 'villages.csv, baris 2, kolom name'],
    ['an unknown parent', 'code,district_code,name\n64.71.09.1001,64.71.09,Manggar\n', 'villages.csv, baris 2, kolom parent'],
    ['a duplicate code', 'code,district_code,name\n64.71.01.1001,64.71.01,A\n64.71.01.1001,64.71.01,B\n', 'villages.csv, baris 3, kolom code'],
  ])('stops on %s, naming file, line and field', (_what, villages, message) => {
    const dir = frameDir(villages);
    expect(() => readAreaFrame(dir)).toThrow(FrameFileError);
    expect(() => readAreaFrame(dir)).toThrow(message);
  });

  it('rolls the whole load back when one insert fails', async () => {
    const frame = readAreaFrame(frameDir('code,district_code,name\n64.71.01.1001,64.71.01,Manggar\n'));
    // The province again at the end: with batches of 2 rows, the third batch fails after two were written.
    frame.villages.push({ ...frame.provinces[0]!, line: 99 });
    const fresh = await openTestDb();
    await expect(loadAreaFrame(fresh.db, frame, undefined, 2)).rejects.toThrow();
    const [row] = await fresh.db.select({ n: count() }).from(areas).where(eq(sql`1`, 1));
    expect(row?.n).toBe(0);
    await fresh.close();
  });
});

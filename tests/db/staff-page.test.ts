import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listStaffPage, type StaffPageQuery } from '@/db/queries/staff';
import { operations, staff } from '@/db/schema';
import { nationalScope, scopeOf, type ViewerScope } from '@/lib/auth/scope';
import { defaultOperationParams } from '@/lib/operations/params';
import { loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';
import { openTestDb } from './test-db';

/** The Petugas page's roster: paged, searched and filtered in SQL inside the viewer's areas. */
const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const koseka = scopeOf({ role: 'koseka', areaCodes: ['64.71.01'], staffId: null });
const cityHead = scopeOf({ role: 'office_head', areaCodes: ['64.71'], staffId: null });
const nowhere = scopeOf({ role: 'office_head', areaCodes: [], staffId: null });

let operationId = 0;
// 120 in Manggar (64.71.01.1001), 60 in Manggar Baru (64.71.01.1002), 50 in Baru Tengah (64.71.02), 20 in Long Sule (65.02)
const homes = [['64.71.01.1001', 120], ['64.71.01.1002', 60], ['64.71.02.1001', 50], ['65.02.04.2003', 20]] as const;

beforeAll(async () => {
  await loadAreaFrame(db, smallFrame());
  const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
  operationId = op!.id;
  // every fifth a PML; the names sort within a village by their number
  const people = homes.flatMap(([home, n]) =>
    Array.from({ length: n }, (_, i) => ({ operationId, name: `Petugas ${home.slice(-4)}-${String(i).padStart(3, '0')}`, role: i % 5 === 0 ? ('pml' as const) : ('ppl' as const), homeAreaCode: home })),
  );
  await db.insert(staff).values([...people, { operationId, name: 'Yohanes Tanpa Rumah', role: 'koseka', homeAreaCode: null }, { operationId, name: 'Dewi 100%_x', role: 'koseka', homeAreaCode: '64.71.02.1001' }]);
});

const read = (scope: ViewerScope, query: Partial<StaffPageQuery> = {}) => listStaffPage(db, scope, { operationId, page: 1, pageSize: 100, ...query });

describe(`the roster page by page (${handle.label})`, () => {
  it.each<[string, ViewerScope, number]>([
    ['the whole country: all with a home village', nationalScope, 251],
    ['the city head: Balikpapan only', cityHead, 231],
    ['the KOSEKA of Balikpapan Timur: its two villages', koseka, 180],
    ['no areas: nobody', nowhere, 0],
  ])('counts %s', async (_who, scope, total) => {
    expect((await read(scope)).total).toBe(total);
  });

  it('reads a page of 100 in village then name order, and the last page with the rest', async () => {
    const one = await read(koseka);
    expect(one.rows).toHaveLength(100);
    expect(one.rows[0]).toMatchObject({ name: 'Petugas 1001-000', role: 'pml', homeAreaCode: '64.71.01.1001', villageName: 'Manggar', districtName: 'Balikpapan Timur' });
    const two = await read(koseka, { page: 2 });
    expect(two).toMatchObject({ page: 2, total: 180 });
    expect(two.rows).toHaveLength(80);
    expect(two.rows[0]!.name).toBe('Petugas 1001-100');
    expect(two.rows.at(-1)!.name).toBe('Petugas 1002-059');
    const ids = new Set([...one.rows, ...two.rows].map((r) => r.id));
    expect(ids.size).toBe(180);
  });

  it('reads the last page for a page past the end, and page 1 of nothing', async () => {
    expect(await read(koseka, { page: 99 })).toMatchObject({ page: 2, total: 180 });
    expect(await read(nowhere, { page: 5 })).toEqual({ rows: [], total: 0, page: 1 });
  });

  it.each<[string, ViewerScope, Partial<StaffPageQuery>, number]>([
    ['a name fragment in any case', nationalScope, { q: 'petugas 2003' }, 20],
    ['a village name (Manggar holds Manggar Baru too)', nationalScope, { q: 'manggar' }, 180],
    ['a kecamatan name', nationalScope, { q: 'Balikpapan Barat' }, 51],
    ['a kabupaten name', nationalScope, { q: 'Malinau' }, 20],
    ['a role by its name', nationalScope, { q: 'PML' }, 50],
    ['an area code prefix', nationalScope, { q: '64.71.01.1002' }, 60],
    ['LIKE wildcards as plain text', nationalScope, { q: '100%_' }, 1],
    ['a role filter', nationalScope, { role: 'koseka' }, 1],
    ['a search and a role', nationalScope, { q: 'Manggar', role: 'pml' }, 36],
    ['a search outside the viewer\'s areas finds no one', koseka, { q: 'Long Sule' }, 0],
    ['a code outside the viewer\'s areas finds no one', koseka, { q: '64.71.02' }, 0],
  ])('finds %s', async (_what, scope, query, total) => {
    const found = await read(scope, query);
    expect(found.total).toBe(total);
    expect(found.rows).toHaveLength(Math.min(total, 100));
  });
});

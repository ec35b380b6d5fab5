import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAreaWithAncestors, listChildAreas, searchAreas } from '@/db/queries/areas';
import { listRegionTotals } from '@/db/queries/operations';
import { getLatestSavedPlan, getPlan, listPlanCharters, listPlans } from '@/db/queries/plans';
import { listStaff } from '@/db/queries/staff';
import { createToken, getToken, listTokens } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { listPlanTrips } from '@/db/queries/charter-trips';
import { charters, charterTrips, operations, plans, staff } from '@/db/schema';
import { scopeOf, type ViewerScope } from '@/lib/auth/scope';
import { defaultOperationParams } from '@/lib/operations/params';
import { generateSlsWorkloads } from '@/lib/workload/generate';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';
import { openTestDb } from './test-db';

/** Every list and read a page or route makes, asked by viewers of different areas: each sees only its own in SQL. */
const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const koseka = scopeOf({ role: 'koseka', areaCodes: ['64.71.01'], staffId: null });
const cityHead = scopeOf({ role: 'office_head', areaCodes: ['64.71'], staffId: null });
const malinauHead = scopeOf({ role: 'office_head', areaCodes: ['65'], staffId: null });
const nowhere = scopeOf({ role: 'office_head', areaCodes: [], staffId: null });

let operationId = 0;
const planIds: Record<string, number> = {};
const tokenIds: Record<string, number> = {};

beforeAll(async () => {
  const frame = smallFrame();
  await loadAreaFrame(db, frame);
  const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
  operationId = op!.id;
  const villages = frame.villages.map((v) => ({ code: v.code, districtCode: v.parentCode! }));
  await insertWorkloads(db, operationId, generateSlsWorkloads({ villages, seed: 11, totalFamilies: 4_000 }));
  // Oldest first: the Malinau plan is the newest saved one.
  for (const [name, areaCode, status, version] of [['country', 'ID', 'saved', 1], ['city', '64.71', 'saved', 1], ['west', '64.71.02', 'saved', 1], ['malinau', '65.02', 'saved', 1], ['draft', '64.71', 'saving', 2]] as const) {
    planIds[name] = (await db.insert(plans).values({ operationId, areaCode, name, status, version, params: defaultOperationParams }).returning())[0]!.id;
  }
  const leg = (villageCode: string) => ({ planId: planIds.country!, villageCode, mode: 'boat' as const, kind: 'inbound' as const, tripDate: '2022-10-15', seats: 2, costRupiah: 1_000_000 });
  await db.insert(charters).values([leg('64.71.01.1001'), leg('64.71.02.1001'), leg('65.02.04.2003')]);
  const trip = (districtCode: string, villageCode: string) => ({
    planId: planIds.country!, label: `${districtCode}#01`, districtCode, mode: 'boat' as const, kind: 'inbound' as const, departDate: '2022-10-15', returnDate: '2022-10-16',
    seats: 10, seatsUsed: 2, legs: 1, costRupiah: 4_000_000, stops: [{ villageCode, date: '2022-10-16', people: ['PPL x', 'PML y'] }],
  });
  await db.insert(charterTrips).values([trip('64.71.01', '64.71.01.1001'), trip('64.71.02', '64.71.02.1001'), trip('65.02.04', '65.02.04.2003')]);
  await db.insert(staff).values([
    { operationId, name: 'Timur', role: 'ppl', homeAreaCode: '64.71.01.1001' },
    { operationId, name: 'Barat', role: 'ppl', homeAreaCode: '64.71.02.1001' },
    { operationId, name: 'Malinau', role: 'pml', homeAreaCode: '65.02.04.2003' },
    { operationId, name: 'Tanpa rumah', role: 'ppl', homeAreaCode: null },
  ]);
  for (const [name, areaCodes] of [['city', ['64.71']], ['district', ['64.71.01']], ['both', ['64.71', '65']], ['malinau', ['65.02']]] as const) {
    const userId = await createUser(db, { username: `entri-${name}`, name, role: 'entry_system', areaCodes: [...areaCodes], password: 'kata-sandi-uji-1' });
    tokenIds[name] = (await createToken(db, { userId, name, createdBy: null })).id;
  }
});

const names = (rows: readonly { name: string }[]) => rows.map((r) => r.name).sort();
const codes = (rows: readonly { code: string }[]) => rows.map((r) => r.code);

describe(`reads take the viewer's scope (${handle.label})`, () => {
  it.each<[string, ViewerScope, string[]]>([
    ['KOSEKA of 64.71.01: the country, the city and drafts over it', koseka, ['city', 'country', 'draft']],
    ['head of the city: not the Malinau plan', cityHead, ['city', 'country', 'draft', 'west']],
    ['head of province 65', malinauHead, ['country', 'malinau']],
    ['no areas: nothing', nowhere, []],
  ])('plans: %s', async (_who, scope, expected) => {
    expect(names(await listPlans(db, scope, operationId))).toEqual(expected);
    for (const [name, id] of Object.entries(planIds)) expect((await getPlan(db, scope, id))?.name ?? null, name).toBe(expected.includes(name) ? name : null);
  });

  it('staffs the newest saved plan the viewer may see, not the newest of all', async () => {
    expect((await getLatestSavedPlan(db, koseka, operationId))?.name).toBe('city');
    expect((await getLatestSavedPlan(db, malinauHead, operationId))?.name).toBe('malinau');
    expect(await getLatestSavedPlan(db, nowhere, operationId)).toBeNull();
  });

  it('lists charter legs to villages inside the viewer\'s areas only', async () => {
    expect((await listPlanCharters(db, koseka, planIds.country!)).map((c) => c.villageCode)).toEqual(['64.71.01.1001']);
    expect((await listPlanCharters(db, malinauHead, planIds.country!)).map((c) => c.villageCode)).toEqual(['65.02.04.2003']);
  });

  it('lists charter trips of kecamatan inside the viewer\'s areas only', async () => {
    expect((await listPlanTrips(db, koseka, planIds.country!)).map((t) => t.label)).toEqual(['64.71.01#01']);
    expect((await listPlanTrips(db, cityHead, planIds.country!)).map((t) => t.label)).toEqual(['64.71.01#01', '64.71.02#01']);
    expect((await listPlanTrips(db, malinauHead, planIds.country!)).map((t) => t.stops[0]!.villageCode)).toEqual(['65.02.04.2003']);
    expect(await listPlanTrips(db, nowhere, planIds.country!)).toEqual([]);
  });

  it('lists the roster people living inside the viewer\'s areas, never someone without a home village', async () => {
    expect(names(await listStaff(db, koseka, operationId))).toEqual(['Timur']);
    expect(names(await listStaff(db, cityHead, operationId))).toEqual(['Barat', 'Timur']);
    expect(await listStaff(db, nowhere, operationId)).toEqual([]);
  });

  it('lists and finds tokens of the users the office head manages (every area inside theirs)', async () => {
    expect(names(await listTokens(db, cityHead))).toEqual(['city', 'district']);
    expect(names(await listTokens(db, malinauHead))).toEqual(['malinau']);
    expect(await getToken(db, cityHead, tokenIds.district!)).toMatchObject({ name: 'district', username: 'entri-district' });
    expect(await getToken(db, cityHead, tokenIds.both!)).toBeNull();
    expect(await getToken(db, cityHead, 2_147_483_647)).toBeNull();
  });

  it('totals families per regency overlapping the viewer\'s areas', async () => {
    expect(codes(await listRegionTotals(db, koseka, operationId))).toEqual(['64.71']);
    expect(codes(await listRegionTotals(db, malinauHead, operationId))).toEqual(['65.02']);
    expect(await listRegionTotals(db, nowhere, operationId)).toEqual([]);
  });

  it('lists child areas on the way down to the viewer\'s, and none below an SLS', async () => {
    expect(codes(await listChildAreas(db, koseka, null, operationId))).toEqual(['64']);
    expect(codes(await listChildAreas(db, koseka, '64.71', operationId))).toEqual(['64.71.01']);
    expect(codes(await listChildAreas(db, cityHead, '64.71', operationId))).toEqual(['64.71.01', '64.71.02']);
    expect(codes(await listChildAreas(db, koseka, '64.71.01.1001', operationId))[0]).toBe('64.71.01.1001.0001');
    // An SLS has no children: this threw (500 on /api/areas/<SLS> and /wilayah/<SLS>) before.
    expect(await listChildAreas(db, koseka, '64.71.01.1001.0001', operationId)).toEqual([]);
  });

  it('finds an area with its ancestors and says whether the viewer may look inside', async () => {
    const sls = await getAreaWithAncestors(db, koseka, '64.71.01.1001.0001');
    expect(sls && { chain: codes(sls.chain), inScope: sls.inScope }).toEqual({ chain: ['64', '64.71', '64.71.01', '64.71.01.1001', '64.71.01.1001.0001'], inScope: true });
    expect((await getAreaWithAncestors(db, koseka, '64.71'))?.inScope).toBe(true);
    expect((await getAreaWithAncestors(db, koseka, '64.71.02'))?.inScope).toBe(false);
    expect((await getAreaWithAncestors(db, nowhere, '64'))?.inScope).toBe(false);
    expect(await getAreaWithAncestors(db, koseka, '64.71.09')).toBeNull();
  });

  it('searches only the areas overlapping the viewer\'s', async () => {
    expect(codes(await searchAreas(db, koseka, 'balikpapan'))).toEqual(['64.71', '64.71.01']);
    expect(await searchAreas(db, nowhere, 'balikpapan')).toEqual([]);
  });
});

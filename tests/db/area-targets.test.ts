import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceVillageWorkloads } from '@/db/queries/workloads';
import { refreshAreaTargets } from '@/db/refresh-area-targets';
import { areaTargets, operations } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';
import { roadSls } from './road-sls';
import { openTestDb } from './test-db';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const sls = roadSls;

async function targets(operationId: number): Promise<Record<string, string>> {
  const rows = await db.select().from(areaTargets).where(eq(areaTargets.operationId, operationId));
  return Object.fromEntries(rows.map((r) => [r.areaCode, `${r.families}/${r.sls}`]));
}

describe(`area targets at every level (${handle.label})`, () => {
  let operationId = 0;
  let otherId = 0;
  beforeAll(async () => {
    await loadAreaFrame(db, smallFrame());
    const ops = await db.insert(operations).values([1, 2].map((n) => ({ name: `Uji ${n}`, areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }))).returning();
    [operationId, otherId] = ops.map((o) => o.id) as [number, number];
    await insertWorkloads(db, operationId, [sls('64.71.01.1001.0001', 100), sls('64.71.01.1001.0002', 50), sls('64.71.02.1001.0001', 30), sls('65.02.04.2003.0001', 7)]);
    await insertWorkloads(db, otherId, [sls('64.71.01.1001.0001', 999)]);
  });

  it('sums families and counts SLS for the country, each province, kabupaten, kecamatan, desa and SLS', async () => {
    await refreshAreaTargets(db, operationId);
    expect(await targets(operationId)).toEqual({
      ID: '187/4',
      '64': '180/3',
      '65': '7/1',
      '64.71': '180/3',
      '65.02': '7/1',
      '64.71.01': '150/2',
      '64.71.02': '30/1',
      '65.02.04': '7/1',
      '64.71.01.1001': '150/2',
      '64.71.02.1001': '30/1',
      '65.02.04.2003': '7/1',
      '64.71.01.1001.0001': '100/1',
      '64.71.01.1001.0002': '50/1',
      '64.71.02.1001.0001': '30/1',
      '65.02.04.2003.0001': '7/1',
    });
    expect(await targets(otherId)).toEqual({}); // only the named operation
  });

  it('follows a replaced village: new totals, and the areas left without SLS are gone', async () => {
    await replaceVillageWorkloads(db, operationId, [sls('64.71.01.1001.0003', 40)]);
    await db.delete(areaTargets).where(and(eq(areaTargets.operationId, operationId), eq(areaTargets.areaCode, '64.71.02'))); // a lost row comes back
    await replaceVillageWorkloads(db, operationId, []); // nothing named: nothing changes
    await refreshAreaTargets(db, operationId);
    const now = await targets(operationId);
    expect(now).toMatchObject({ ID: '77/3', '64.71.01': '40/1', '64.71.01.1001.0003': '40/1', '64.71.02': '30/1' });
    expect(now['64.71.01.1001.0001']).toBeUndefined();
    expect(now['64.71.01.1001.0002']).toBeUndefined();
  });
});

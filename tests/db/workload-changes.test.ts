import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listWorkloadChangesSince, replaceVillageWorkloads } from '@/db/queries/workloads';
import { operations } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';
import { roadSls } from './road-sls';
import { openTestDb } from './test-db';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const sls = roadSls;

describe(`workloads changed since a plan was saved (${handle.label})`, () => {
  let operationId = 0;
  let savedAt = new Date(0);
  beforeAll(async () => {
    await loadAreaFrame(db, smallFrame());
    const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    operationId = op!.id;
    await insertWorkloads(db, operationId, [sls('64.71.01.1001.0001', 100), sls('64.71.02.1001.0001', 30), sls('65.02.04.2003.0001', 7)]);
    savedAt = new Date(Date.now() - 60_000); // a plan saved a minute before the imports below
  });

  it('finds nothing when no import came after the plan', async () => {
    expect(await listWorkloadChangesSince(db, { areaCode: '64.71', since: savedAt })).toEqual({ villages: 0, lastAt: null, latestCodes: [] });
  });

  it('names each village an import replaced inside the area, once however often, newest first, and none outside', async () => {
    await replaceVillageWorkloads(db, operationId, [sls('64.71.01.1001.0001', 90)], 'user-1');
    await replaceVillageWorkloads(db, operationId, [sls('64.71.02.1001.0001', 35), sls('65.02.04.2003.0001', 8)], 'user-1');
    await replaceVillageWorkloads(db, operationId, [sls('64.71.02.1001.0001', 36)], 'user-1');
    const kota = await listWorkloadChangesSince(db, { areaCode: '64.71', since: savedAt });
    expect(kota.villages).toBe(2);
    expect(kota.latestCodes).toEqual(['64.71.02.1001', '64.71.01.1001']);
    expect(kota.lastAt).toBeInstanceOf(Date);
    expect((await listWorkloadChangesSince(db, { areaCode: '64.71.01', since: savedAt })).latestCodes).toEqual(['64.71.01.1001']);
    expect((await listWorkloadChangesSince(db, { areaCode: 'ID', since: savedAt })).villages).toBe(3);
    // a code that only starts like the area (64.7 against 64.71) is not inside it
    expect((await listWorkloadChangesSince(db, { areaCode: '64.7', since: savedAt })).villages).toBe(0);
  });

  it('forgets changes made before the plan was saved', async () => {
    expect((await listWorkloadChangesSince(db, { areaCode: '64.71', since: new Date(Date.now() + 60_000) })).villages).toBe(0);
  });
});

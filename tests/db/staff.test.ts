import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findVillageCodes } from '@/db/queries/areas';
import { createStaff, listStaff } from '@/db/queries/staff';
import { operations } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';
import { openTestDb } from './test-db';
import { nationalScope } from '@/lib/auth/scope';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

describe(`roster (${handle.label})`, () => {
  let operationId = 0;
  beforeAll(async () => {
    await loadAreaFrame(db, smallFrame());
    const [op] = await db
      .insert(operations)
      .values({ name: 'Uji', areaCode: '64.71', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams })
      .returning();
    operationId = op!.id;
  });

  it('knows which codes are villages (not kecamatan, not unknown)', async () => {
    const found = await findVillageCodes(db, ['64.71.01.1001', '64.71.01', '64.71.09.9999', '64.71.01.1001']);
    expect([...found]).toEqual(['64.71.01.1001']);
  });

  it('adds people and lists them by home village', async () => {
    await createStaff(db, operationId, [
      { line: 2, name: 'Siti', role: 'ppl', phone: '0812', homeVillageCode: '64.71.02.1001' },
      { line: 3, name: 'Budi', role: 'pml', phone: null, homeVillageCode: '64.71.01.1001' },
    ]);
    const people = await listStaff(db, nationalScope, operationId);
    expect(people.map((p) => [p.name, p.role, p.homeAreaCode, p.status])).toEqual([
      ['Budi', 'pml', '64.71.01.1001', 'active'],
      ['Siti', 'ppl', '64.71.02.1001', 'active'],
    ]);
  });
});

import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findVillageCodes } from '@/db/queries/areas';
import { createStaff, listStaff } from '@/db/queries/staff';
import { operations, staff } from '@/db/schema';
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

  it('answers that a code with a NUL byte or other junk is no village, without asking the database to compare it', async () => {
    // A NUL reached PostgreSQL from the home_village_code column and POST /api/staff answered 500.
    const found = await findVillageCodes(db, ['\u0000', '64.71.01.1001\u0000', `${'6'.repeat(10_000)}`, '64.71.01.1001']);
    expect([...found]).toEqual(['64.71.01.1001']);
  });

  describe('recognising people already on the roster', () => {
    const person = (line: number, name: string, phone: string | null, homeVillageCode = '64.71.01.1002', role: 'ppl' | 'pml' = 'ppl') => ({ line, name, role, phone, homeVillageCode });
    const roster = [person(2, 'Dewi Lestari', '0812-3456-7001'), person(3, 'Yusuf', null), person(4, 'Yusuf', null, '64.71.02.1001')];
    // an operation of its own, so the listing below sees only its two people
    let rosterOperation = 0;
    const count = () => db.$count(staff, eq(staff.operationId, rosterOperation));
    beforeAll(async () => {
      const [op] = await db.insert(operations).values({ name: 'Roster', areaCode: '64.71', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
      rosterOperation = op!.id;
    });

    it.each([
      ['the first upload', roster, { created: 3, known: 0 }],
      ['the same file again', roster, { created: 0, known: 3 }],
      ['the phone written another way, a new name and village', [person(2, 'Dewi L.', '+62 812 3456 7001', '64.71.02.1001', 'pml')], { created: 0, known: 1 }],
      ['the name in other case and spaces, same village', [person(2, '  YUSUF ', null)], { created: 0, known: 1 }],
      ['a person twice in one file', [person(2, 'Rahmat', '0813 1111 2222'), person(3, 'Rahmat', '081311112222'), person(4, 'Sari', null), person(5, 'sari', null)], { created: 2, known: 2 }],
    ])('counts %s', async (_what, people, expected) => {
      expect(await createStaff(db, rosterOperation, people)).toEqual(expected);
    });

    it('keeps one row per person, updated from the last upload', async () => {
      expect(await count()).toBe(5);
      const [dewi] = await db.select().from(staff).where(eq(staff.phone, '081234567001'));
      expect(dewi).toMatchObject({ name: 'Dewi L.', role: 'pml', homeAreaCode: '64.71.02.1001' });
    });

    it('adds two identical uploads at once only once', async () => {
      const file = [person(2, 'Bayu', '0815 0000 0001'), person(3, 'Citra', null)];
      const results = await Promise.all([createStaff(db, rosterOperation, file), createStaff(db, rosterOperation, file)]);
      expect(results.map((r) => r.created).sort()).toEqual([0, 2]);
      expect(await count()).toBe(7);
    });
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

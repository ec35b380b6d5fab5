import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPlanSlot, listPlanSlots } from '@/db/queries/plans';
import { insideScope, managedUser, overlappingScope } from '@/db/queries/scope';
import { createUser } from '@/db/queries/users';
import { rowsOf } from '@/db/rows';
import { getSlotSchedule } from '@/db/use-cases/get-slot-schedule';
import { operations, planSlots, plans, users } from '@/db/schema';
import { inScope, overlapsScope, type Role } from '@/lib/auth/permissions';
import { managesUser } from '@/lib/auth/manages-user';
import { scopeOf, type ViewerScope } from '@/lib/auth/scope';
import { visibleSlots } from '@/lib/auth/visible-slots';
import { defaultOperationParams } from '@/lib/operations/params';
import { openTestDb } from './test-db';

/**
 * The viewer's scope is written twice: in lib/auth as the readable spec, in db/queries/scope.ts as the SQL every
 * list and read applies. These tests hold the two together on fixtures, so the SQL cannot drift from the spec.
 */
const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const scope = (role: Role, areaCodes: string[], staffId: number | null = null) => scopeOf({ role, areaCodes, staffId });

const areaScopes: string[][] = [[], ['ID'], ['64'], ['64.71'], ['64.71.01'], ['64.71.01', '65.02'], ['64.71.01.1001'], ['64', 'ID'], ['6']];
const codes = ['ID', '6', '64', '64.71', '64.710', '64.71.01', '64.71.01.1001', '64.71.01.1001.0001', '64.71.02', '65', '65.02', '65.02.04.2003', '640'];

describe(`the viewer's scope in SQL agrees with lib/auth (${handle.label})`, () => {
  it.each(areaScopes.map((areas) => [areas.join(',') || '(none)', areas] as const))('inside and overlapping, scope %s', async (_label, areaCodes) => {
    const s = scope('office_head', areaCodes);
    const code = sql.raw('c.code');
    const values = sql.join(codes.map((c) => sql`(${c}::text)`), sql`, `);
    const rows = rowsOf<{ code: string; inside: boolean; overlap: boolean }>(
      await db.execute(sql`select c.code, ${insideScope(s, code)} as inside, ${overlappingScope(s, code)} as overlap from (values ${values}) as c(code)`),
    );
    const expected = codes.map((c) => ({ code: c, inside: inScope(s, c), overlap: overlapsScope(s, c) }));
    expect(rows.map((r) => ({ code: r.code, inside: r.inside, overlap: r.overlap }))).toEqual(expected);
  });

  it('manages a user exactly when every one of their areas lies inside the scope (none: nobody manages them)', async () => {
    const userAreas: Record<string, string[]> = { city: ['64.71'], district: ['64.71.01'], twoRegions: ['64.71.01', '65.02'], country: ['ID'], none: [] };
    const ids: Record<string, string> = {};
    for (const [name, areaCodes] of Object.entries(userAreas)) {
      if (areaCodes.length > 0) ids[name] = await createUser(db, { username: `u-${name.toLowerCase()}`, name, role: 'entry_system', areaCodes, password: 'kata-sandi-uji-1' });
    }
    // An account left without areas (createUser refuses to make one).
    ids.none = (await db.insert(users).values({ id: 'tanpa-wilayah', name: 'none', email: 'none@pengguna.sigap.invalid', role: 'entry_system' }).returning())[0]!.id;
    for (const areaCodes of areaScopes) {
      const s = scope('office_head', areaCodes);
      const managed = (await db.select({ id: users.id }).from(users).where(managedUser(s, users.id))).map((u) => u.id).sort();
      const expected = Object.entries(userAreas).filter(([, a]) => managesUser(s, a)).map(([name]) => ids[name]!).sort();
      expect(managed, `scope ${areaCodes.join(',')}`).toEqual(expected);
    }
  });
});

describe(`plan slots a viewer sees: SQL against visibleSlots (${handle.label})`, () => {
  // Staff ids of the roster people behind the slots.
  const person = { koseka: 1, rina: 2, agus: 3, budi: 4, yusuf: 5, siti: 6 };
  let planId = 0;
  let all: { id: number; label: string; role: 'ppl' | 'pml' | 'koseka'; districtCode: string; staffId: number | null; supervisorSlotId: number | null }[] = [];

  beforeAll(async () => {
    const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: '64.71', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    const [plan] = await db.insert(plans).values({ operationId: op!.id, areaCode: '64.71', name: 'kota', status: 'saved', params: defaultOperationParams }).returning();
    planId = plan!.id;
    const insert = async (label: string, role: 'ppl' | 'pml' | 'koseka', districtCode: string, staffId: number | null, supervisor?: string) => {
      const supervisorSlotId = supervisor ? all.find((s) => s.label === supervisor)!.id : null;
      const [row] = await db.insert(planSlots).values({ planId, label, role, districtCode, staffId, supervisorSlotId }).returning();
      all.push({ id: row!.id, label, role, districtCode, staffId, supervisorSlotId });
    };
    await insert('KOSEKA-01', 'koseka', '64.71.01', person.koseka);
    await insert('PML-A', 'pml', '64.71.01', person.rina);
    await insert('PPL-A1', 'ppl', '64.71.01', person.agus, 'PML-A');
    await insert('PPL-A2', 'ppl', '64.71.01', null, 'PML-A');
    await insert('PML-B', 'pml', '64.71.01', person.budi);
    await insert('PPL-B1', 'ppl', '64.71.01', person.yusuf, 'PML-B');
    // A team in the other kecamatan, outside a 64.71.01 account's areas (one person holds one slot of a plan).
    await insert('PML-C', 'pml', '64.71.02', null);
    await insert('PPL-C1', 'ppl', '64.71.02', null, 'PML-C');
    await insert('PPL-C2', 'ppl', '64.71.02', person.siti, 'PML-C');
    all = all.sort((a, b) => a.label.localeCompare(b.label));
  });

  const viewers: [string, ViewerScope][] = [
    ['office head of the city', scope('office_head', ['64.71'])],
    ['office head of the country', scope('office_head', ['ID'])],
    ['office head of another region', scope('office_head', ['65'])],
    ['KOSEKA of 64.71.01', scope('koseka', ['64.71.01'], person.koseka)],
    ['PML Rina in 64.71.01', scope('pml', ['64.71.01'], person.rina)],
    ['PML Rina in the whole city', scope('pml', ['64.71'], person.rina)],
    ['PML Budi', scope('pml', ['64.71.01'], person.budi)],
    ['PML without a roster person', scope('pml', ['64.71.01'], null)],
    ['PPL Agus in 64.71.01', scope('ppl', ['64.71.01'], person.agus)],
    ['PPL Agus in the whole city', scope('ppl', ['64.71'], person.agus)],
    ['PPL with a person filling no slot', scope('ppl', ['64.71'], 99)],
    ['stakeholder of the city', scope('stakeholder', ['64.71'])],
    ['entry system of the city', scope('entry_system', ['64.71'], person.agus)],
    ['office head with no areas', scope('office_head', [])],
  ];

  it.each(viewers)('%s sees what visibleSlots says, listed and one by one', async (_who, s) => {
    const expected = visibleSlots(s, all).map((x) => x.label);
    expect((await listPlanSlots(db, s, planId)).map((x) => x.label)).toEqual(expected);
    for (const slot of all) expect(await getPlanSlot(db, s, planId, slot.id), `${slot.label}`).toEqual(expected.includes(slot.label) ? expect.objectContaining({ id: slot.id }) : null);
  });

  it('shows a PML their team and a PPL themselves, and nothing of the next team (the ?ppl= leak)', async () => {
    const rina = scope('pml', ['64.71.01'], person.rina);
    const id = (label: string) => all.find((s) => s.label === label)!.id;
    expect((await listPlanSlots(db, rina, planId)).map((s) => s.label)).toEqual(['PML-A', 'PPL-A1', 'PPL-A2']);
    expect(await getPlanSlot(db, rina, planId, id('PPL-B1'))).toBeNull();
    expect(await getPlanSlot(db, scope('ppl', ['64.71.01'], person.agus), planId, id('PPL-A2'))).toBeNull();
    // What the plan page renders for /perencanaan/<id>?ppl=<slot>: the next team's PPL is not found.
    const plan = { id: planId, params: defaultOperationParams };
    expect(await getSlotSchedule(db, rina, plan, id('PPL-B1'))).toBeNull();
    expect(await getSlotSchedule(db, rina, plan, id('PPL-C1'))).toBeNull();
    expect((await getSlotSchedule(db, rina, plan, id('PPL-A1')))?.schedule).toHaveLength(31);
  });
});

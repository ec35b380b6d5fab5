import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charters, planAdoptions, plans, planSlots, staff, workloads } from '@/db/schema';
import { getMyAssignment, type PlacedAssignment } from '@/db/use-cases/get-my-assignment';
import { getSlotSupervisor } from '@/db/queries/own-assignment';
import { scopeOf } from '@/lib/auth/scope';
import { defaultOperationParams } from '@/lib/operations/params';
import { createReassignmentFixture, type ReassignmentFixture } from './reassignment-fixture';
import { openTestDb } from './test-db';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

let fx: ReassignmentFixture;
const ppl = (staffId: number | null, areaCodes = ['64.71.01']) => scopeOf({ role: 'ppl', areaCodes, staffId });
const mine = (staffId: number | null, today = '2022-10-28') => getMyAssignment(db, ppl(staffId), { operationId: fx.operationId, today });
const placed = async (staffId: number) => {
  const found = await mine(staffId);
  if (found.state !== 'placed') throw new Error(`expected placed, got ${found.state}`);
  return found satisfies PlacedAssignment;
};

describe(`Tugas saya: a PPL's own assignment (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createReassignmentFixture(db);
    await db.update(staff).set({ phone: '0812 3456 7890' }).where(eq(staff.id, fx.staffIds.pmlA));
  });

  it('shows a1 their SLS with done and left, today\'s target, their PML and how they stand, from the plan in force (hand-computed)', async () => {
    const a1 = await placed(fx.staffIds.a1);
    expect([a1.source, a1.plan.id, a1.slot.label, a1.slot.districtName, a1.slot.active]).toEqual(['in_force', fx.planId, 'PPL 64.71.01-001', 'Balikpapan Timur', true]);
    expect(a1.sls.map((s) => [s.slsCode, s.villageName, s.families, s.doneFamilies, s.leftFamilies])).toEqual([
      ['64.71.01.1001.0001', 'Manggar', 70, 30, 40],
      ['64.71.01.1001.0002', 'Manggar', 60, 0, 60],
    ]);
    // 100 left over 12 working days (28 Oct .. 8 Nov): 8 today, in the first SLS still open
    expect(a1.agenda.today).toMatchObject({ date: '2022-10-28', kind: 'work', plannedFamilies: 8, slsCodes: ['64.71.01.1001.0001'], doneFamilies: 0 });
    expect(a1.sls.map((s) => s.today)).toEqual([true, false]);
    expect(a1.agenda.days.find((d) => d.date === '2022-10-20')).toMatchObject({ plannedFamilies: 5, doneFamilies: 20 });
    expect(a1.pml).toEqual({ label: 'PML 64.71.01-1', name: 'Petugas pmlA', phone: '0812 3456 7890' });
    // as monitoring weighs them (tests/db/monitoring.test.ts): 72 planned by today, 30 done, behind
    expect([a1.progress.plannedToDate, a1.progress.doneToDate, a1.progress.remainingFamilies, a1.progress.dailyTargetFamilies, a1.progress.status]).toEqual([72, 30, 100, 8.3, 'behind']);
    expect(a1.remote).toBeNull();
  });

  it('tells a PPL the plan in force does not place them, and one with no roster person that there is nothing to show', async () => {
    const [d1] = await db.insert(staff).values({ operationId: fx.operationId, name: 'Petugas d1', role: 'ppl' }).returning({ id: staff.id });
    expect(await mine(d1!.id)).toEqual({ state: 'not_placed', planInForce: { id: fx.planId, name: 'Kota', version: 1 } });
    expect(await mine(null)).toEqual({ state: 'no_person' });
    expect(await getMyAssignment(db, scopeOf({ role: 'pml', areaCodes: ['64.71.01'], staffId: fx.staffIds.pmlA }), { operationId: fx.operationId, today: '2022-10-28' })).toEqual({ state: 'no_person' });
  });

  it('shows the newest saved plan placing them when none is adopted, and nothing when none places them', async () => {
    await db.delete(planAdoptions).where(eq(planAdoptions.planId, fx.planId));
    try {
      const [later] = await db.insert(plans).values({ operationId: fx.operationId, areaCode: '64.71.01', name: 'Skenario baru', version: 1, status: 'saved', params: { ...defaultOperationParams, strategy: 'standard' } }).returning();
      await db.insert(planSlots).values({ planId: later!.id, label: 'PPL baru', role: 'ppl', districtCode: '64.71.01', staffId: fx.staffIds.a1, onSiteDays: 25 });
      const [saving] = await db.insert(plans).values({ operationId: fx.operationId, areaCode: '64.71.01', name: 'Belum tersimpan', version: 2, status: 'saving', params: { ...defaultOperationParams, strategy: 'standard' } }).returning();
      await db.insert(planSlots).values({ planId: saving!.id, label: 'PPL menyimpan', role: 'ppl', districtCode: '64.71.01', staffId: fx.staffIds.a1, onSiteDays: 25 });
      const newest = await placed(fx.staffIds.a1);
      expect([newest.source, newest.plan.name, newest.slot.label, newest.sls]).toEqual(['newest_saved', 'Skenario baru', 'PPL baru', []]);
      const [d2] = await db.insert(staff).values({ operationId: fx.operationId, name: 'Petugas d2', role: 'ppl' }).returning({ id: staff.id });
      expect(await mine(d2!.id)).toEqual({ state: 'not_placed', planInForce: null });
      await db.delete(plans).where(inArray(plans.id, [later!.id, saving!.id]));
    } finally {
      await db.insert(planAdoptions).values({ operationId: fx.operationId, areaCode: '64.71', planId: fx.planId });
    }
  });

  it('lists a remote PPL\'s villages and the plan\'s legs to them, without costs', async () => {
    await db.update(workloads).set({ accessMode: 'boat', travelDaysOneWay: 1, localStaff: false }).where(eq(workloads.villageCode, '64.71.01.1001'));
    await db.insert(charters).values([
      { planId: fx.planId, villageCode: '64.71.01.1001', mode: 'boat', kind: 'outbound', tripDate: '2022-11-08', seats: 7, costRupiah: 4_000_000 },
      { planId: fx.planId, villageCode: '64.71.01.1001', mode: 'boat', kind: 'inbound', tripDate: '2022-10-15', seats: 7, costRupiah: 4_000_000 },
      { planId: fx.planId, villageCode: '64.71.01.1002', mode: 'boat', kind: 'inbound', tripDate: '2022-10-15', seats: 7, costRupiah: 4_000_000 },
    ]);
    const a1 = await placed(fx.staffIds.a1);
    expect(a1.remote).toEqual({
      villages: [{ villageCode: '64.71.01.1001', villageName: 'Manggar', accessMode: 'boat', travelDaysOneWay: 1, localStaff: false }],
      charters: [
        { tripDate: '2022-10-15', villageName: 'Manggar', mode: 'boat', kind: 'inbound' },
        { tripDate: '2022-11-08', villageName: 'Manggar', mode: 'boat', kind: 'outbound' },
      ],
    });
  });

  it('never shows a PPL another PPL\'s supervisor', async () => {
    expect(await getSlotSupervisor(db, ppl(fx.staffIds.a2), fx.slots.b1)).toBeNull();
    expect((await getSlotSupervisor(db, ppl(fx.staffIds.b1), fx.slots.b1))?.label).toBe('PML 64.71.01-2');
    // outside their own areas their own slot is not theirs to read either
    expect(await getSlotSupervisor(db, ppl(fx.staffIds.b1, ['64.71.02']), fx.slots.b1)).toBeNull();
  });
});

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, getPlan, savePlanRows, type SlotToSave } from '@/db/queries/plans';
import { listSlotsToFill } from '@/db/queries/roster-fill';
import { createStaff } from '@/db/queries/staff';
import { auditLog, charters, charterTrips, operations, planSlots, staff } from '@/db/schema';
import type { Trip } from '@/lib/charters/pooling/types';
import { fillRoster } from '@/db/use-cases/fill-roster';
import { defaultOperationParams } from '@/lib/operations/params';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';
import { openTestDb } from './test-db';
import { nationalScope } from '@/lib/auth/scope';
import { planSummaryOf } from './plan-summary-fixture';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const longSule = '65.02.04.2003';
const longPujungan = '65.02.04.2004';
const slot = (key: string, role: SlotToSave['role'], sls: string[], supervisorKey?: string): SlotToSave => ({
  key, label: key, role, districtCode: '65.02.04', supervisorKey, families: 100 * sls.length, onSiteDays: 23,
  familiesPerDay: 4, startDate: '2022-10-16', endDate: '2022-11-07', flag: null, sls: sls.map((slsCode) => ({ slsCode, families: 100 })),
});
const { honorPplRupiah, honorPmlRupiah } = defaultOperationParams;
// 2 PPL and 1 PML, three plane legs at Rp 15 million
const summary = planSummaryOf({
  ppl: 2, pml: 1, koseka: 0, charterLegs: 3,
  budget: { pplRupiah: 2 * honorPplRupiah, pmlRupiah: honorPmlRupiah, kosekaRupiah: 0, chartersRupiah: 45_000_000, totalRupiah: 2 * honorPplRupiah + honorPmlRupiah + 45_000_000 },
});

describe(`filling a plan from the roster (${handle.label})`, () => {
  let operationId = 0;

  /** A saved plan of Long Sule (plane, no local staff) and Long Pujungan (road): one PML, two PPL, three legs. */
  async function savedPlan(name: string): Promise<number> {
    const plan = await createPlan(db, { operationId, areaCode: '65.02', name, params: defaultOperationParams, totalRows: 0, summary });
    const leg = (kind: 'inbound' | 'outbound' | 'supervision', tripDate: string) => ({ villageCode: longSule, mode: 'plane' as const, kind, tripDate, seats: 1, costRupiah: 15_000_000 });
    await savePlanRows(db, plan.id, {
      slots: [slot('PML', 'pml', []), slot('PPL-road', 'ppl', [`${longPujungan}.0001`], 'PML'), slot('PPL-remote', 'ppl', [`${longSule}.0001`], 'PML')],
      charters: [leg('inbound', '2022-10-15'), leg('supervision', '2022-10-22'), leg('outbound', '2022-11-08')],
    });
    return plan.id;
  }

  beforeAll(async () => {
    const frame = smallFrame();
    frame.villages.push({ code: longPujungan, name: 'Long Pujungan', level: 'desa', parentCode: '65.02.04', line: 0 });
    await loadAreaFrame(db, frame);
    const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: '65.02', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    operationId = op!.id;
    await insertWorkloads(db, operationId, [
      { slsCode: `${longSule}.0001`, villageCode: longSule, districtCode: '65.02.04', families: 100, accessMode: 'plane', travelDaysOneWay: 1, localStaff: false },
      { slsCode: `${longPujungan}.0001`, villageCode: longPujungan, districtCode: '65.02.04', families: 100, accessMode: 'road', travelDaysOneWay: 0, localStaff: true },
    ]);
    await createStaff(db, operationId, [
      { line: 2, name: 'Yohanes', role: 'ppl', phone: null, homeVillageCode: longSule },
      { line: 3, name: 'Maria', role: 'ppl', phone: null, homeVillageCode: longPujungan },
    ]);
  });

  it('sees which slot is remote (plane, no local staff) and which villages each works', async () => {
    const slots = await listSlotsToFill(db, await savedPlan('lihat'), operationId);
    expect(slots.map((s) => [s.role, s.villageCodes, s.remote])).toEqual([
      ['pml', [], false],
      ['ppl', [longPujungan], false],
      ['ppl', [longSule], true],
    ]);
  });

  it('gives the Long Sule recruit the remote territory, drops its plane legs in and out and recomputes the budget', async () => {
    const planId = await savedPlan('isi');
    const result = await fillRoster(db, { planId, userId: null });
    expect(result).toEqual({ ok: true, filled: 2, toRecruit: [{ districtCode: '65.02.04', role: 'pml', count: 1 }], unusedStaff: 0, charterSavingRupiah: 30_000_000 });
    const slots = await db.select().from(planSlots).where(eq(planSlots.planId, planId));
    expect(slots.filter((s) => s.staffId !== null).map((s) => s.label).sort()).toEqual(['PPL-remote', 'PPL-road']);
    expect((await db.select().from(charters).where(eq(charters.planId, planId))).map((c) => c.kind)).toEqual(['supervision']);
    // one supervision leg left: Rp 15 million of charters on top of the unchanged honors
    expect((await getPlan(db, nationalScope, planId))!.summary).toMatchObject({
      charterLegs: 1,
      budget: { pplRupiah: 2 * honorPplRupiah, pmlRupiah: honorPmlRupiah, chartersRupiah: 15_000_000, totalRupiah: 2 * honorPplRupiah + honorPmlRupiah + 15_000_000 },
    });
  });

  describe('a plan saved with pooled trips', () => {
    const trip = (kind: Trip['kind'], departDate: string, number: string, people: string[]): Trip => ({
      label: `65.02.04#${number}`, districtCode: '65.02.04', mode: 'plane', kind, departDate, returnDate: departDate,
      stops: [{ villageCode: longSule, date: departDate, people }], seats: 7, seatsUsed: people.length, legs: kind === 'supervision' ? 2 : 1, costRupiah: kind === 'supervision' ? 30_000_000 : 15_000_000,
    });
    async function pooledPlan(name: string, trips: Trip[]) {
      const legs = trips.reduce((sum, t) => sum + t.legs, 0);
      const plan = await createPlan(db, { operationId, areaCode: '65.02', name, params: defaultOperationParams, totalRows: 0, summary: { ...summary, charterLegs: legs, charterTrips: trips.length } });
      await savePlanRows(db, plan.id, { slots: [slot('PML', 'pml', []), slot('PPL-road', 'ppl', [`${longPujungan}.0001`], 'PML'), slot('PPL-remote', 'ppl', [`${longSule}.0001`], 'PML')], charters: [], trips });
      return plan.id;
    }
    const left = async (planId: number) => (await db.select().from(charterTrips).where(eq(charterTrips.planId, planId))).map((t) => [t.label, t.seatsUsed, t.stops[0]!.people]);

    it('takes a PPL recruited in Long Sule off the trips in and out; the PML staying with them keeps flying', async () => {
      const planId = await pooledPlan('tinggal', [trip('inbound', '2022-10-15', '01', ['PPL-remote', 'PML']), trip('outbound', '2022-11-14', '02', ['PPL-remote', 'PML'])]);
      expect(await fillRoster(db, { planId, userId: null })).toMatchObject({ ok: true, filled: 2, charterSavingRupiah: 0 });
      expect(await left(planId)).toEqual([['65.02.04#01', 1, ['PML']], ['65.02.04#02', 1, ['PML']]]);
    });

    it('drops the trips nobody rides any more and recomputes legs, trips and budget', async () => {
      // a visiting PML: the PPL alone flies in and out, the PML visits on a round trip
      const planId = await pooledPlan('kunjung', [trip('inbound', '2022-10-15', '01', ['PPL-remote']), trip('supervision', '2022-10-23', '02', ['PML']), trip('outbound', '2022-11-14', '03', ['PPL-remote'])]);
      expect(await fillRoster(db, { planId, userId: null })).toMatchObject({ ok: true, filled: 2, charterSavingRupiah: 30_000_000 });
      expect(await left(planId)).toEqual([['65.02.04#02', 1, ['PML']]]);
      expect((await getPlan(db, nationalScope, planId))!.summary).toMatchObject({ charterLegs: 2, charterTrips: 1, budget: { chartersRupiah: 30_000_000 } });
    });

    it('drops them once when ten fills run at once (the plan row is locked)', async () => {
      const planId = await pooledPlan('sepuluh-gabung', [trip('inbound', '2022-10-15', '01', ['PPL-remote', 'PML']), trip('outbound', '2022-11-14', '02', ['PPL-remote'])]);
      const results = await Promise.all(Array.from({ length: 10 }, () => fillRoster(db, { planId, userId: null })));
      expect(results.map((r) => (r.ok ? r.charterSavingRupiah : -1)).sort((a, b) => a - b)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 15_000_000]);
      expect(await left(planId)).toEqual([['65.02.04#01', 1, ['PML']]]);
      expect((await getPlan(db, nationalScope, planId))!.summary).toMatchObject({ charterLegs: 1, charterTrips: 1, budget: { chartersRupiah: 15_000_000 } });
    });
  });

  it('lets one of ten fills at once fill the plan; the others find nothing left and write no audit entry', async () => {
    const planId = await savedPlan('sepuluh');
    const results = await Promise.all(Array.from({ length: 10 }, () => fillRoster(db, { planId, userId: null })));
    expect(results.map((r) => (r.ok ? r.filled : -1)).sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.action, 'roster.fill'), eq(auditLog.entityId, String(planId))));
    expect(audits).toHaveLength(1);
  });

  it('fills only a saved plan', async () => {
    const plan = await createPlan(db, { operationId, areaCode: '65.02', name: 'menyimpan', params: defaultOperationParams, totalRows: 0, summary });
    expect(await fillRoster(db, { planId: plan.id, userId: null })).toEqual({ ok: false, status: 'saving' });
    expect(await fillRoster(db, { planId: 99_999_999, userId: null })).toEqual({ ok: false, status: 'missing' });
  });

  it('refuses one person in two slots of a plan in the database itself', async () => {
    const planId = await savedPlan('ganda');
    const [first, second] = await db.select().from(planSlots).where(and(eq(planSlots.planId, planId), eq(planSlots.role, 'ppl')));
    const [person] = await db.select({ id: staff.id }).from(staff).where(eq(staff.name, 'Maria'));
    await db.update(planSlots).set({ staffId: person!.id }).where(eq(planSlots.id, first!.id));
    await expect(db.update(planSlots).set({ staffId: person!.id }).where(eq(planSlots.id, second!.id))).rejects.toThrow();
  });
});

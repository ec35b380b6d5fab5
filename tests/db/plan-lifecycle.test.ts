import { nationalScope } from '@/lib/auth/scope';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deletePlan, failStalledSaves } from '@/db/queries/plan-saves';
import { createPlan, getPlan, savePlanRows, type SlotToSave } from '@/db/queries/plans';
import { assignments, auditLog, charters, operations, planSlots, plans } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { openTestDb } from './test-db';
import { planSummaryOf } from './plan-summary-fixture';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const ppl = (key: string, slsCodes: string[]): SlotToSave => ({
  key, label: key, role: 'ppl', districtCode: '64.71.01', families: 100 * slsCodes.length, onSiteDays: 25, familiesPerDay: 4,
  startDate: '2022-10-15', endDate: '2022-11-08', flag: null, sls: slsCodes.map((slsCode) => ({ slsCode, families: 100 })),
});
/** 3 PPL of 2 SLS each and one charter leg: 10 rows. */
const rows = {
  slots: [1, 2, 3].map((k) => ppl(`PPL-${k}`, [`64.71.01.1001.000${k}`, `64.71.01.1002.000${k}`])),
  charters: [{ villageCode: '65.02.04.2003', mode: 'plane' as const, kind: 'inbound' as const, tripDate: '2022-10-15', seats: 3, costRupiah: 15_000_000 }],
};

/** Rows of a plan left in the three row tables. */
async function rowCount(planId: number): Promise<number> {
  const counts = await Promise.all([planSlots, assignments, charters].map((table) => db.$count(table, eq(table.planId, planId))));
  return counts.reduce((a, b) => a + b, 0);
}

describe(`a plan's save from start to end (${handle.label})`, () => {
  let operationId = 0;
  const newPlan = (areaCode = '64.71', name = 'uji') => createPlan(db, { operationId, areaCode, name, params: {}, summary: planSummaryOf(), totalRows: 10 });
  /** A save cut off after its slots: the process ended `minutesAgo` minutes ago. */
  async function interruptedPlan(minutesAgo: number) {
    const plan = await newPlan();
    await db.insert(planSlots).values({ planId: plan.id, label: 'PPL-1', role: 'ppl', districtCode: '64.71.01' });
    await db.update(plans).set({ progressDone: 1, progressAt: sql`now() - make_interval(mins => ${minutesAgo})` }).where(eq(plans.id, plan.id));
    return plan;
  }

  beforeAll(async () => {
    const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: '64.71', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    operationId = op!.id;
  });

  it('gives five plans of one area made at once five distinct versions', async () => {
    const made = await Promise.all([1, 2, 3, 4, 5].map((k) => newPlan('64.71.02', `serentak ${k}`)));
    expect(made.map((p) => p.version).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a second plan with a version the area already has, in the database itself', async () => {
    const [first] = await db.select().from(plans).where(eq(plans.areaCode, '64.71.02')).limit(1);
    await expect(db.insert(plans).values({ operationId, areaCode: '64.71.02', name: 'kembar', version: first!.version, params: {} })).rejects.toThrow();
  });

  it('reports a save whose progress stood still as failed (interrupted), and the next start records it and drops its rows', async () => {
    const stalled = await interruptedPlan(10);
    const running = await interruptedPlan(0);
    expect(await getPlan(db, nationalScope, stalled.id)).toMatchObject({ status: 'failed', failure: 'interrupted' });
    expect(await getPlan(db, nationalScope, running.id)).toMatchObject({ status: 'saving', failure: null });
    expect(await failStalledSaves(db)).toEqual([stalled.id]);
    const [stored] = await db.select().from(plans).where(eq(plans.id, stalled.id));
    expect(stored).toMatchObject({ status: 'failed', failure: 'interrupted' });
    expect(await rowCount(stalled.id)).toBe(0);
    expect(await rowCount(running.id)).toBe(1);
    // On PGlite no other process can be saving: `npm start` fails every save it finds.
    expect(await failStalledSaves(db, { staleAfterSeconds: 0 })).toContain(running.id);
    expect(await rowCount(running.id)).toBe(0);
  });

  it('marks a save that fails on a write as failed (error), without partial rows', async () => {
    const plan = await newPlan();
    // Slots written, then an assignment the database refuses (families below 0).
    const refused = { slots: [ppl('A', ['64.71.01.1001.0001']), { ...ppl('B', []), sls: [{ slsCode: '64.71.01.1001.0002', families: -1 }] }], charters: [] };
    await expect(savePlanRows(db, plan.id, refused)).rejects.toThrow();
    expect(await getPlan(db, nationalScope, plan.id)).toMatchObject({ status: 'failed', failure: 'error' });
    expect(await rowCount(plan.id)).toBe(0);
  });

  it('stops a save whose plan is deleted midway and leaves none of its rows', async () => {
    const plan = await newPlan();
    let deleted = false;
    const outcome = await savePlanRows(db, plan.id, rows, async () => {
      if (!deleted) deleted = (await deletePlan(db, plan.id, 'kepala')) !== null;
    });
    expect(deleted).toBe(true);
    expect(outcome).toBe('stopped');
    expect(await getPlan(db, nationalScope, plan.id)).toBeNull();
    expect(await rowCount(plan.id)).toBe(0);
  });

  it('stops a save that was given up as interrupted meanwhile, taking back what it wrote', async () => {
    const plan = await newPlan();
    const outcome = await savePlanRows(db, plan.id, rows, async (done) => {
      if (done === 3) await failStalledSaves(db, { staleAfterSeconds: 0 });
    });
    expect(outcome).toBe('stopped');
    expect(await getPlan(db, nationalScope, plan.id)).toMatchObject({ status: 'failed', failure: 'interrupted' });
    expect(await rowCount(plan.id)).toBe(0);
  });

  it('deletes a saved plan with all its rows and audits who deleted what', async () => {
    const plan = await newPlan('64.71', 'dihapus');
    expect(await savePlanRows(db, plan.id, rows)).toBe('saved');
    expect(await rowCount(plan.id)).toBe(10);
    expect(await deletePlan(db, plan.id, 'kepala')).toMatchObject({ id: plan.id, name: 'dihapus' });
    expect(await rowCount(plan.id)).toBe(0);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.entityId, String(plan.id)));
    expect(entry).toMatchObject({ userId: 'kepala', action: 'plan.delete', entity: 'plan', after: null, before: { id: plan.id, name: 'dihapus', areaCode: '64.71', status: 'saved' } });
    expect(await deletePlan(db, plan.id, 'kepala')).toBeNull();
  });
});

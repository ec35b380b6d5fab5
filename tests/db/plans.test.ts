import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, getPlan, listPlanAssignments, listPlanCharters, listPlans, listPlanSlots, savePlanRows, type SlotToSave } from '@/db/queries/plans';
import { operations } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { openTestDb } from './test-db';
import { nationalScope } from '@/lib/auth/scope';
import { planSummaryOf } from './plan-summary-fixture';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const slot = (key: string, role: SlotToSave['role'], sls: [string, number][] = [], supervisorKey?: string): SlotToSave => ({
  key,
  label: key,
  role,
  districtCode: '64.71.01',
  supervisorKey,
  families: sls.reduce((s, [, f]) => s + f, 0),
  onSiteDays: 25,
  familiesPerDay: sls.reduce((s, [, f]) => s + f, 0) / 25,
  startDate: '2022-10-15',
  endDate: '2022-11-08',
  flag: null,
  sls: sls.map(([slsCode, families]) => ({ slsCode, families })),
});

describe(`saving plans (${handle.label})`, () => {
  let operationId = 0;
  beforeAll(async () => {
    const [op] = await db
      .insert(operations)
      .values({ name: 'Uji', areaCode: '64.71', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams })
      .returning();
    operationId = op!.id;
  });

  it('writes slots, assignments and charters with progress, PPL linked to their PML', async () => {
    const plan = await createPlan(db, { operationId, areaCode: '64.71', name: 'dasar', params: {}, summary: planSummaryOf({ ppl: 2 }), totalRows: 0 });
    expect(plan).toMatchObject({ status: 'saving', version: 1 });
    const progress: number[] = [];
    const slots = [
      // PPL first in the input: the saver must still write the PML first to link them.
      slot('PPL-1', 'ppl', [['64.71.01.1001.0001', 70], ['64.71.01.1001.0002', 180]], 'PML-1'),
      slot('PPL-2', 'ppl', [['64.71.01.1001.0003', 250]], 'PML-1'),
      slot('PML-1', 'pml'),
      slot('KOSEKA-1', 'koseka'),
    ];
    const charters = [{ villageCode: '65.02.04.2003', mode: 'plane' as const, kind: 'inbound' as const, tripDate: '2022-10-15', seats: 7, costRupiah: 15_000_000 }];
    await savePlanRows(db, plan.id, { slots, charters }, (done) => void progress.push(done));
    // 4 slots + 3 SLS + 1 charter = 8 rows, reported cumulatively.
    expect(progress.at(-1)).toBe(8);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await getPlan(db, nationalScope, plan.id)).toMatchObject({ status: 'saved', progressDone: 8 });
    const saved = await listPlanSlots(db, nationalScope, plan.id);
    const pml = saved.find((s) => s.label === 'PML-1')!;
    expect(saved.filter((s) => s.role === 'ppl').map((s) => s.supervisorSlotId)).toEqual([pml.id, pml.id]);
    const ppl1 = saved.find((s) => s.label === 'PPL-1')!;
    expect((await listPlanAssignments(db, nationalScope, plan.id, ppl1.id)).map((a) => a.families)).toEqual([70, 180]);
    expect(await listPlanCharters(db, nationalScope, plan.id)).toHaveLength(1);
  });

  it('numbers versions per area and lists plans newest first', async () => {
    const second = await createPlan(db, { operationId, areaCode: '64.71', name: 'hemat', params: {}, summary: planSummaryOf(), totalRows: 0 });
    expect(second.version).toBe(2);
    expect((await listPlans(db, nationalScope, operationId)).map((p) => p.name)).toEqual(['hemat', 'dasar']);
  });

  it('leaves no partial rows when a write fails, and marks the plan failed', async () => {
    const plan = await createPlan(db, { operationId, areaCode: '64.71', name: 'rusak', params: {}, summary: planSummaryOf(), totalRows: 0 });
    // The same SLS in two territories (a planner bug; only a coordinator splits an SLS) must not half-save.
    const slots = [slot('A', 'ppl', [['64.71.01.1001.0001', 100]]), slot('B', 'ppl', [['64.71.01.1001.0001', 100]])];
    await expect(savePlanRows(db, plan.id, { slots, charters: [] })).rejects.toThrow('SLS 64.71.01.1001.0001 ada di dua wilayah tugas rencana yang sama');
    expect(await getPlan(db, nationalScope, plan.id)).toMatchObject({ status: 'failed' });
    expect(await listPlanSlots(db, nationalScope, plan.id)).toEqual([]);
    expect(await listPlanAssignments(db, nationalScope, plan.id)).toEqual([]);
  });
});

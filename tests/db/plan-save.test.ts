import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAreaNames } from '@/db/queries/areas';
import { createPlan, getPlan, listPlanAssignments, listPlanSlots, savePlanRows } from '@/db/queries/plans';
import { getPlanCharters } from '@/db/use-cases/get-plan-charters';
import { getSlotSchedule } from '@/db/use-cases/get-slot-schedule';
import { listWorkloads } from '@/db/queries/workloads';
import { operations } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { planToRows } from '@/lib/operations/plan-rows';
import { planStaffing } from '@/lib/planning/plan-staffing';
import { generateSlsWorkloads } from '@/lib/workload/generate';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';
import { openTestDb } from './test-db';
import { nationalScope } from '@/lib/auth/scope';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

describe(`planning an area from the database and saving it (${handle.label})`, () => {
  let operationId = 0;
  beforeAll(async () => {
    const frame = smallFrame();
    await loadAreaFrame(db, frame);
    const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    operationId = op!.id;
    const villages = frame.villages.map((v) => ({ code: v.code, districtCode: v.parentCode! }));
    const workloads = generateSlsWorkloads({
      villages,
      seed: 7,
      totalFamilies: 20_000,
      accessOf: (v) => (v.code === '65.02.04.2003' ? { accessMode: 'plane', travelDaysOneWay: 1 } : undefined),
    });
    await insertWorkloads(db, operationId, workloads);
  });

  it('saves every SLS exactly once, every slot and the remote village charters', async () => {
    const workloads = await listWorkloads(db, operationId, 'ID');
    const plan = planStaffing({ workloads, params: defaultOperationParams, areaCode: 'ID' });
    const names = await listAreaNames(db, plan.districts.map((d) => d.districtCode));
    const rows = planToRows({ plan, workloads, areaName: 'Indonesia', districtNames: names });
    expect(rows.summary.districts.map((d) => d.districtName)).toEqual(['Balikpapan Timur', 'Balikpapan Barat', 'Kayan Hilir']);
    const saved = await createPlan(db, { operationId, areaCode: 'ID', name: 'dasar', params: defaultOperationParams, summary: rows.summary, totalRows: 0 });
    await savePlanRows(db, saved.id, rows);
    expect((await getPlan(db, nationalScope, saved.id))?.status).toBe('saved');
    const assignments = await listPlanAssignments(db, nationalScope, saved.id);
    expect(assignments.map((a) => a.slsCode).sort()).toEqual(workloads.map((w) => w.slsCode).sort());
    expect(assignments.reduce((s, a) => s + a.families, 0)).toBe(20_000);
    const slots = await listPlanSlots(db, nationalScope, saved.id);
    expect(slots.filter((s) => s.role === 'ppl')).toHaveLength(rows.summary.ppl);
    expect(slots.filter((s) => s.role === 'pml')).toHaveLength(rows.summary.pml);
    // every PPL reports to a PML of its own kecamatan
    const byId = new Map(slots.map((s) => [s.id, s]));
    for (const ppl of slots.filter((s) => s.role === 'ppl')) expect(byId.get(ppl.supervisorSlotId!)?.districtCode).toBe(ppl.districtCode);
    // the trips as planned, and every village's share of them (the per-village legs) adding up to the charter budget
    const { trips, legs } = await getPlanCharters(db, nationalScope, saved.id);
    expect(trips).toEqual(plan.trips);
    expect(trips.length).toBeGreaterThan(0);
    expect(new Set(legs.map((l) => l.villageName))).toEqual(new Set(['Long Sule']));
    expect(legs.reduce((s, l) => s + l.costRupiah, 0)).toBe(rows.summary.budget.chartersRupiah);
    expect(trips.reduce((s, t) => s + t.costRupiah, 0)).toBe(rows.summary.budget.chartersRupiah);
    // the Long Sule PPL's schedule follows their trips: a day's flight in, work, the reserve on site, a day's flight out
    const remote = slots.find((x) => x.role === 'ppl' && x.districtCode === '65.02.04')!;
    const { schedule } = (await getSlotSchedule(db, nationalScope, saved, remote.id))!;
    expect(schedule.map((d) => d.kind).join(',')).toBe(['travel', ...Array(remote.onSiteDays).fill('work'), ...Array(6).fill('reserve'), 'travel'].join(','));
  });

  it('plans one kecamatan without touching the others', async () => {
    const workloads = await listWorkloads(db, operationId, '64.71.02');
    expect(new Set(workloads.map((w) => w.districtCode))).toEqual(new Set(['64.71.02']));
    const plan = planStaffing({ workloads, params: defaultOperationParams, areaCode: '64.71.02' });
    expect(plan.districts.map((d) => d.districtCode)).toEqual(['64.71.02']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlan, getPlan, listPlanCharters, listPlanSlots, savePlanRows, type SlotToSave } from '@/db/queries/plans';
import { applyFills, listFreeCandidates, listSlotsToFill } from '@/db/queries/roster-fill';
import { createStaff } from '@/db/queries/staff';
import { operations } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { fillSlots } from '@/lib/staff/fill-slots';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';
import { openTestDb } from './test-db';
import { nationalScope } from '@/lib/auth/scope';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const longSule = '65.02.04.2003';
const slot = (key: string, role: SlotToSave['role'], sls: string[], supervisorKey?: string): SlotToSave => ({
  key, label: key, role, districtCode: '65.02.04', supervisorKey, families: 100 * sls.length, onSiteDays: 23,
  familiesPerDay: 4, startDate: '2022-10-16', endDate: '2022-11-07', flag: null, sls: sls.map((slsCode) => ({ slsCode, families: 100 })),
});

describe(`filling a plan from the roster (${handle.label})`, () => {
  let operationId = 0;
  let planId = 0;
  beforeAll(async () => {
    const frame = smallFrame();
    frame.villages.push({ code: '65.02.04.2004', name: 'Long Pujungan', level: 'desa', parentCode: '65.02.04', line: 0 });
    await loadAreaFrame(db, frame);
    const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: '65.02', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    operationId = op!.id;
    await insertWorkloads(db, operationId, [
      { slsCode: `${longSule}.0001`, villageCode: longSule, districtCode: '65.02.04', families: 100, accessMode: 'plane', travelDaysOneWay: 1, localStaff: false },
      { slsCode: '65.02.04.2004.0001', villageCode: '65.02.04.2004', districtCode: '65.02.04', families: 100, accessMode: 'road', travelDaysOneWay: 0, localStaff: true },
    ]);
    const plan = await createPlan(db, { operationId, areaCode: '65.02', name: 'uji', params: {}, totalRows: 0,
      summary: { charterLegs: 3, budget: { chartersRupiah: 45_000_000, totalRupiah: 100_000_000 } } });
    planId = plan.id;
    const leg = (kind: 'inbound' | 'outbound' | 'supervision', tripDate: string) => ({ villageCode: longSule, mode: 'plane' as const, kind, tripDate, seats: 1, costRupiah: 15_000_000 });
    await savePlanRows(db, planId, {
      slots: [slot('PML', 'pml', []), slot('PPL-road', 'ppl', ['65.02.04.2004.0001'], 'PML'), slot('PPL-remote', 'ppl', [`${longSule}.0001`], 'PML')],
      charters: [leg('inbound', '2022-10-15'), leg('supervision', '2022-10-22'), leg('outbound', '2022-11-08')],
    });
  });

  it('sees which slot is remote and which villages each works', async () => {
    const slots = await listSlotsToFill(db, planId, operationId);
    const remote = slots.find((s) => s.remote)!;
    expect(remote.villageCodes).toEqual([longSule]);
    expect(slots.filter((s) => s.remote)).toHaveLength(1);
  });

  it('gives the Long Sule recruit the remote territory and drops its plane legs in and out', async () => {
    await createStaff(db, operationId, [
      { line: 2, name: 'Yohanes', role: 'ppl', phone: null, homeVillageCode: longSule },
      { line: 3, name: 'Maria', role: 'ppl', phone: null, homeVillageCode: '65.02.04.2004' },
    ]);
    const result = fillSlots({ slots: await listSlotsToFill(db, planId, operationId), candidates: await listFreeCandidates(db, planId, operationId) });
    expect(result.fills).toHaveLength(2);
    expect(result.toRecruit).toEqual([{ districtCode: '65.02.04', role: 'pml', count: 1 }]);
    const saved = await applyFills(db, planId, result.fills, null);
    expect(saved).toBe(30_000_000); // inbound + outbound sorties at Rp 15 million
    const slots = await listPlanSlots(db, nationalScope, planId);
    expect(slots.find((s) => s.label === 'PPL-remote')?.staffName).toBe('Yohanes');
    expect((await listPlanCharters(db, nationalScope, planId)).map((c) => c.kind)).toEqual(['supervision']);
    const summary = (await getPlan(db, nationalScope, planId))!.summary as { charterLegs: number; budget: { chartersRupiah: number; totalRupiah: number } };
    expect(summary).toEqual({ charterLegs: 1, budget: { chartersRupiah: 15_000_000, totalRupiah: 70_000_000 } });
    expect(await listFreeCandidates(db, planId, operationId)).toEqual([]);
  });
});

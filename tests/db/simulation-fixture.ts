import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { adoptPlan } from '@/db/queries/plan-adoptions';
import { createUser } from '@/db/queries/users';
import { refreshAreaTargets } from '@/db/refresh-area-targets';
import { operations, planSlots } from '@/db/schema';
import { planArea } from '@/db/use-cases/plan-area';
import { startPlanSave } from '@/db/use-cases/save-plan';
import { defaultOperationParams } from '@/lib/operations/params';
import type { SlsWorkload } from '@/lib/workload/types';
import { staffDemoPlan } from '@/seeds/demo-roster';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';

const slsOf = (villageCode: string, count: number, families: number, access: Partial<SlsWorkload> = {}): SlsWorkload[] =>
  Array.from({ length: count }, (_, i) => ({ slsCode: `${villageCode}.${String(i + 1).padStart(4, '0')}`, villageCode, districtCode: villageCode.slice(0, 8), families, accessMode: 'road', travelDaysOneWay: 0, localStaff: true, ...access }));

/**
 * The small frame in the middle of fieldwork's set-up, as the demo leaves it: 2,280 families (Balikpapan Timur's
 * Manggar and Manggar Baru, Balikpapan Barat's Baru Tengah by road; Malinau's Long Sule by plane), a plan in force
 * for Kota Balikpapan and for Malinau with made-up people in every slot, the KOSEKA of Balikpapan Timur and a PML
 * of it with accounts. The clock stands at 28 Oct 2022.
 */
export async function createSimulationFixture(db: Db) {
  await loadAreaFrame(db, smallFrame());
  const [op] = await db.insert(operations).values({ name: 'Uji simulasi', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams, clockDate: '2022-10-28' }).returning();
  const operationId = op!.id;
  await insertWorkloads(db, operationId, [
    ...slsOf('64.71.01.1001', 12, 70),
    ...slsOf('64.71.01.1002', 8, 70),
    ...slsOf('64.71.02.1001', 10, 70),
    ...slsOf('65.02.04.2003', 3, 60, { accessMode: 'plane', travelDaysOneWay: 1, localStaff: false }),
  ]);
  await refreshAreaTargets(db, operationId);
  const kepala = await createUser(db, { username: 'kepala', name: 'Kepala', role: 'office_head', areaCodes: ['64.71', '65.02'], password: 'regsosek2022' });
  await createUser(db, { username: 'koseka', name: 'KOSEKA Balikpapan Timur', role: 'koseka', areaCodes: ['64.71.01'], password: 'regsosek2022' });
  const planIds: number[] = [];
  for (const areaCode of ['64.71', '65.02']) {
    const planned = await planArea(db, { areaCode });
    if (!planned.ok) throw new Error(`plan ${areaCode}: ${planned.refusal.code}`);
    const { plan, writeRows } = await startPlanSave(db, { planned, name: `Rencana ${areaCode}`, createdBy: kepala });
    await writeRows();
    await staffDemoPlan(db, { operationId, planId: plan.id, userId: kepala });
    await adoptPlan(db, { operationId, areaCode, planId: plan.id, userId: kepala });
    planIds.push(plan.id);
  }
  const [pml] = await db.select().from(planSlots).where(eq(planSlots.districtCode, '64.71.01')).then((slots) => slots.filter((s) => s.role === 'pml'));
  await createUser(db, { username: 'pml', name: 'PML', role: 'pml', areaCodes: ['64.71.01'], password: 'regsosek2022', staffId: pml!.staffId });
  return { operationId, planIds, pmlSlotId: pml!.id };
}

import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { assignments, auditLog, operations, planAdoptions, planSlots, plans, slotDropouts, staff } from '@/db/schema';
import { submitInterviews } from '@/db/use-cases/submit-interviews';
import { defaultOperationParams } from '@/lib/operations/params';
import type { SlsWorkload } from '@/lib/workload/types';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { intakeKey } from './intake-fixture';
import { smallFrame } from './small-frame';

const sls = (slsCode: string, families: number): SlsWorkload => ({ slsCode, villageCode: slsCode.slice(0, 13), districtCode: slsCode.slice(0, 8), families, accessMode: 'road', travelDaysOneWay: 0, localStaff: true });

/** Shares of the plan as the fixture starts: PPL key → SLS and families. */
export const initialShares = {
  a1: [['64.71.01.1001.0001', 70], ['64.71.01.1001.0002', 60]],
  a2: [['64.71.01.1001.0003', 80]],
  b1: [['64.71.01.1002.0001', 100]],
  c1: [['64.71.02.1001.0001', 90]],
} as const;

export type PplKey = keyof typeof initialShares;

/**
 * Kota Balikpapan's plan in force at the demo clock (28 Oct 2022: 12 working days left to 8 Nov, 14 a day at most):
 * in Balikpapan Timur (64.71.01) team A (PML pmlA: PPL a1, a2) and team B (pmlB: b1); in Balikpapan Barat team C
 * (pmlC: c1). a1 finished 30 families of 64.71.01.1001.0001 (20 on 20 Oct, 10 on 27 Oct) and has 2 not at home;
 * a2 finished one family of a1's 64.71.01.1001.0002 (outside their assignment). So a1 has 40 + 60 = 100 left,
 * a2 80, b1 100, c1 90.
 */
export async function createReassignmentFixture(db: Db) {
  await loadAreaFrame(db, smallFrame());
  const [op] = await db.insert(operations).values({ name: 'Uji pemindahan', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams, clockDate: '2022-10-28' }).returning();
  const operationId = op!.id;
  await insertWorkloads(db, operationId, [sls('64.71.01.1001.0001', 70), sls('64.71.01.1001.0002', 60), sls('64.71.01.1001.0003', 80), sls('64.71.01.1002.0001', 100), sls('64.71.02.1001.0001', 90)]);
  const names = ['pmlA', 'pmlB', 'pmlC', 'a1', 'a2', 'b1', 'c1'] as const;
  const people = await db.insert(staff).values(names.map((name) => ({ operationId, name: `Petugas ${name}`, role: name.startsWith('pml') ? ('pml' as const) : ('ppl' as const) }))).returning({ id: staff.id });
  const staffIds = Object.fromEntries(names.map((n, i) => [n, people[i]!.id])) as Record<(typeof names)[number], number>;
  const [plan] = await db.insert(plans).values({ operationId, areaCode: '64.71', name: 'Kota', status: 'saved', params: { ...defaultOperationParams, strategy: 'standard' } }).returning();
  const planId = plan!.id;
  const slot = (label: string, role: 'ppl' | 'pml' | 'koseka', districtCode: string, staffId: number | null, supervisorSlotId: number | null = null) => ({ planId, label, role, districtCode, staffId, supervisorSlotId, onSiteDays: role === 'ppl' ? 25 : 0 });
  const [, pmlA, pmlB, pmlC] = await db.insert(planSlots).values([
    slot('KOSEKA 64.71.01', 'koseka', '64.71.01', null),
    slot('PML 64.71.01-1', 'pml', '64.71.01', staffIds.pmlA),
    slot('PML 64.71.01-2', 'pml', '64.71.01', staffIds.pmlB),
    slot('PML 64.71.02-1', 'pml', '64.71.02', staffIds.pmlC),
  ]).returning({ id: planSlots.id });
  const ppl = await db.insert(planSlots).values([
    slot('PPL 64.71.01-001', 'ppl', '64.71.01', staffIds.a1, pmlA!.id),
    slot('PPL 64.71.01-002', 'ppl', '64.71.01', staffIds.a2, pmlA!.id),
    slot('PPL 64.71.01-003', 'ppl', '64.71.01', staffIds.b1, pmlB!.id),
    slot('PPL 64.71.02-001', 'ppl', '64.71.02', staffIds.c1, pmlC!.id),
  ]).returning({ id: planSlots.id });
  const slots = { pmlA: pmlA!.id, pmlB: pmlB!.id, pmlC: pmlC!.id, a1: ppl[0]!.id, a2: ppl[1]!.id, b1: ppl[2]!.id, c1: ppl[3]!.id };
  await db.insert(planAdoptions).values({ operationId, areaCode: '64.71', planId });
  const fixture = { operationId, planId, staffIds, slots };
  await resetShares(db, fixture);
  const record = (slsCode: string, pplId: number, visitedOn: string, outcome = 'completed') => ({ id: randomUUID(), slsCode, pplId, visitedOn, outcome });
  const records = [
    ...Array.from({ length: 20 }, () => record('64.71.01.1001.0001', staffIds.a1, '2022-10-20')),
    ...Array.from({ length: 10 }, () => record('64.71.01.1001.0001', staffIds.a1, '2022-10-27')),
    ...Array.from({ length: 2 }, () => record('64.71.01.1001.0001', staffIds.a1, '2022-10-27', 'not_home')),
    record('64.71.01.1001.0002', staffIds.a2, '2022-10-26'),
  ];
  const intake = { operation: { id: operationId, windowStart: '2022-10-15', windowEnd: '2022-11-14' }, areaCodes: ['ID'], submittedBy: null, today: '2022-10-28', familyHashKey: intakeKey };
  const result = await submitInterviews(db, { ...intake, records });
  if (result.accepted !== records.length) throw new Error(`fixture records refused: ${JSON.stringify(result)}`);
  return fixture;
}

export type ReassignmentFixture = Awaited<ReturnType<typeof createReassignmentFixture>>;

/** Puts the plan's shares back as they started and forgets every move, dropout and audit entry since. */
export async function resetShares(db: Db, { planId, staffIds, slots }: Pick<ReassignmentFixture, 'planId' | 'staffIds' | 'slots'>): Promise<void> {
  await db.delete(assignments).where(eq(assignments.planId, planId));
  await db.delete(slotDropouts).where(eq(slotDropouts.planId, planId));
  await db.delete(auditLog);
  await db.update(staff).set({ status: 'active' }).where(inArray(staff.id, Object.values(staffIds)));
  for (const [key, shares] of Object.entries(initialShares) as [PplKey, (typeof initialShares)[PplKey]][]) {
    await db.insert(assignments).values(shares.map(([slsCode, families]) => ({ planId, slsCode, slotId: slots[key], families })));
    const total = shares.reduce((sum, [, families]) => sum + families, 0);
    await db.update(planSlots).set({ families: total, familiesPerDay: total / 25 }).where(eq(planSlots.id, slots[key]));
  }
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { listMonitoredDistricts } from '@/db/queries/monitored-districts';
import { planAdoptions, plans } from '@/db/schema';
import { getMonitoring } from '@/db/use-cases/get-monitoring';
import { reassignmentContext } from '@/db/use-cases/reassignment-context';
import type { Role } from '@/lib/auth/permissions';
import { scopeOf } from '@/lib/auth/scope';
import { defaultOperationParams } from '@/lib/operations/params';
import { createReassignmentFixture, type ReassignmentFixture } from './reassignment-fixture';
import { openTestDb } from './test-db';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

let fx: ReassignmentFixture;
const scope = (role: Role, areaCodes: string[], staffId: number | null = null) => scopeOf({ role, areaCodes, staffId });
const districts = async (role: Role, areaCodes: string[], staffId: number | null = null) =>
  (await listMonitoredDistricts(db, scope(role, areaCodes, staffId), fx.operationId)).map((d) => `${d.districtCode} ${d.planId === fx.planId ? 'kota' : d.planId}`);

describe(`the kecamatan Pemantauan offers (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createReassignmentFixture(db);
  });

  it('are those where a plan is in force and the viewer sees its PPL: office head all, KOSEKA theirs, PML their team\'s', async () => {
    expect(await districts('office_head', ['64.71'])).toEqual(['64.71.01 kota', '64.71.02 kota']);
    expect(await districts('office_head', ['ID'])).toEqual(['64.71.01 kota', '64.71.02 kota']);
    expect(await districts('koseka', ['64.71.01'])).toEqual(['64.71.01 kota']);
    expect(await districts('pml', ['64.71.01'], fx.staffIds.pmlB)).toEqual(['64.71.01 kota']);
    expect(await districts('pml', ['64.71.02'], fx.staffIds.pmlA)).toEqual([]);
    expect(await districts('koseka', ['96.71.01'])).toEqual([]);
    expect(await districts('stakeholder', ['64.71'])).toEqual([]);
  });

  it('name the plan of the deepest adoption, and leave out kecamatan whose plan in force is another', async () => {
    const [other] = await db.insert(plans).values({ operationId: fx.operationId, areaCode: '64.71.02', name: 'Kecamatan', status: 'saved', params: { ...defaultOperationParams, strategy: 'standard' } }).returning();
    await db.insert(planAdoptions).values({ operationId: fx.operationId, areaCode: '64.71.02', planId: other!.id });
    try {
      // the city plan still has slots in 64.71.02, but the kecamatan's own plan (with no PPL) is in force there
      expect(await districts('office_head', ['64.71'])).toEqual(['64.71.01 kota']);
    } finally {
      await db.delete(planAdoptions).where(and(eq(planAdoptions.operationId, fx.operationId), eq(planAdoptions.areaCode, '64.71.02')));
    }
  });

  it('each PPL of Pemantauan carries their shares with the version a move names and what is left', async () => {
    const ctx = reassignmentContext({ plan: { id: fx.planId, operationId: fx.operationId, areaCode: '64.71', params: defaultOperationParams }, today: '2022-10-28', userId: 'u' });
    const m = await getMonitoring(db, scope('koseka', ['64.71.01']), ctx, {});
    const a1 = m.ppl.find((p) => p.slotId === fx.slots.a1)!;
    expect(a1.shares).toEqual([
      { slsCode: '64.71.01.1001.0001', villageCode: '64.71.01.1001', families: 70, version: 1, doneFamilies: 30, familiesLeft: 40 },
      { slsCode: '64.71.01.1001.0002', villageCode: '64.71.01.1001', families: 60, version: 1, doneFamilies: 0, familiesLeft: 60 },
    ]);
    expect(m.teams.every((t) => !('shares' in t))).toBe(true);
  });
});

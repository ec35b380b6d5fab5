import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCoverageRows, listAdoptedPlans, listPplCoverageDays, listSlotLoads, listSlotTerritories } from '@/db/queries/coverage';
import { coveragePplDaily, operations, planAdoptions, planSlots, plans, assignments, staff, areaTargets } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';
import { nationalScope, scopeOf } from '@/lib/auth/scope';
import { plansInForce } from '@/lib/coverage/plans-in-force';
import { defaultOperationParams } from '@/lib/operations/params';
import { loadAreaFrame } from '@/seeds/seed-database';
import { writeCoverageRollups } from './coverage-fixture';
import { smallFrame } from './small-frame';
import { openTestDb } from './test-db';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

const scope = (role: Role, areaCodes: string[], staffId: number | null = null) => scopeOf({ role, areaCodes, staffId });
let operationId = 0;
const ids = { regencyPlan: 0, districtPlan: 0, ppl: [] as number[] };

describe(`coverage queries (${handle.label})`, () => {
  beforeAll(async () => {
    await loadAreaFrame(db, smallFrame());
    const [op] = await db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    operationId = op!.id;
    await db.insert(areaTargets).values([['ID', 900], ['64', 900], ['64.71', 900], ['64.71.01', 500], ['64.71.02', 400]].map(([areaCode, families]) => ({ operationId, areaCode: areaCode as string, families: families as number, sls: 1 })));
    const people = await db.insert(staff).values(['Ani', 'Budi', 'Citra', 'Dewi'].map((name) => ({ operationId, name, role: 'ppl' as const }))).returning();
    ids.ppl = people.map((p) => p.id);
    // A kabupaten plan with a PPL in each kecamatan, and a kecamatan plan in force over 64.71.02 that replaces it there.
    const [regency, district] = await db.insert(plans).values([
      { operationId, areaCode: '64.71', name: 'Kota', status: 'saved' as const, params: { ...defaultOperationParams, strategy: 'standard' } },
      { operationId, areaCode: '64.71.02', name: 'Barat', status: 'saved' as const, params: { ...defaultOperationParams, restWeekdays: [0], strategy: 'standard' } },
    ]).returning();
    ids.regencyPlan = regency!.id;
    ids.districtPlan = district!.id;
    const slots = await db.insert(planSlots).values([
      { planId: regency!.id, label: 'A', role: 'ppl' as const, districtCode: '64.71.01', families: 250, onSiteDays: 25, staffId: ids.ppl[0] },
      { planId: regency!.id, label: 'B', role: 'ppl' as const, districtCode: '64.71.01', families: 250, onSiteDays: 25 },
      { planId: regency!.id, label: 'C', role: 'ppl' as const, districtCode: '64.71.02', families: 400, onSiteDays: 25, staffId: ids.ppl[2] },
      { planId: district!.id, label: 'D', role: 'ppl' as const, districtCode: '64.71.02', families: 400, onSiteDays: 20, staffId: ids.ppl[3] },
      { planId: regency!.id, label: 'PML', role: 'pml' as const, districtCode: '64.71.01', families: 0, onSiteDays: 0 },
    ]).returning();
    await db.insert(assignments).values([
      { planId: regency!.id, slotId: slots[0]!.id, slsCode: '64.71.01.1001.0002', families: 100 },
      { planId: regency!.id, slotId: slots[0]!.id, slsCode: '64.71.01.1001.0001', families: 150 },
      { planId: regency!.id, slotId: slots[1]!.id, slsCode: '64.71.01.1002.0001', families: 250 },
    ]);
    await db.insert(planAdoptions).values([
      { operationId, areaCode: '64.71', planId: regency!.id },
      { operationId, areaCode: '64.71.02', planId: district!.id },
    ]);
    await writeCoverageRollups(db, operationId, { '65.02.04.2003.0001 2022-10-20': { completed: 2 }, '64.71.01.1001.0001 2022-10-21': { refused: 1 } });
    // Ani (64.71.01), Budi (no slot in force), Dewi (64.71.02): one row each
    await db.insert(coveragePplDaily).values(ids.ppl.filter((_, i) => i !== 2).map((pplStaffId) => ({ operationId, pplStaffId, visitDate: '2022-10-20', completed: 5 })));
  });

  it('lists children with a target or a record, and leaves those with neither out', async () => {
    const rows = await getCoverageRows(db, nationalScope, { operationId, areaCode: 'ID', asOf: '2022-10-20' });
    // 65 has no target but a record; no other province of the frame has either
    expect(rows?.children.map((c) => `${c.code} ${c.targetFamilies} ${c.days.length}`)).toEqual(['64 900 0', '65 0 1']);
    const asOfEarlier = await getCoverageRows(db, nationalScope, { operationId, areaCode: '64.71.01.1001', asOf: '2022-10-20' });
    expect(asOfEarlier?.area.days).toEqual([]);
    expect(await getCoverageRows(db, nationalScope, { operationId, areaCode: '64.71.09', asOf: '2022-10-20' })).toBeNull();
  });

  it('lists the plans in force over and inside an area, widest first', async () => {
    const codes = async (areaCode: string) => (await listAdoptedPlans(db, { operationId, areaCode })).map((a) => `${a.areaCode}:${a.targetFamilies}`);
    expect(await codes('ID')).toEqual(['64.71:900', '64.71.02:400']);
    expect(await codes('64.71.01.1001')).toEqual(['64.71:900']);
    expect(await codes('64.71.02')).toEqual(['64.71:900', '64.71.02:400']);
    expect(await codes('65')).toEqual([]);
    expect((await listAdoptedPlans(db, { operationId, areaCode: '64.71.02' }))[1]!.params.restWeekdays).toEqual([0]);
  });

  it('groups the PPL slots in force by child and load; a kecamatan\'s own plan replaces the kabupaten\'s there', async () => {
    const plans = async (areaCode: string) => plansInForce({ areaCode, adopted: await listAdoptedPlans(db, { operationId, areaCode }) });
    const loads = await listSlotLoads(db, { areaCode: '64.71', childCodeLength: 8, plans: await plans('64.71') });
    const shown = loads.map((l) => `${l.planId === ids.regencyPlan ? 'kota' : 'barat'} ${l.childCode} ${l.families}x${l.count} ${l.onSiteDays}d`).sort();
    expect(shown).toEqual(['barat 64.71.02 400x1 20d', 'kota 64.71.01 250x2 25d']);
    const national = await listSlotLoads(db, { areaCode: 'ID', childCodeLength: 2, plans: await plans('ID') });
    expect(national.map((l) => `${l.childCode} ${l.families}x${l.count}`).sort()).toEqual(['64 250x2', '64 400x1']);
  });

  it('reads the territories touching a village, whole and in SLS order', async () => {
    const territories = await listSlotTerritories(db, { planId: ids.regencyPlan, districtCode: '64.71.01', areaCode: '64.71.01.1001' });
    expect(territories.map((t) => t.sls.map((s) => `${s.slsCode}:${s.families}`))).toEqual([['64.71.01.1001.0001:150', '64.71.01.1001.0002:100']]);
    expect(await listSlotTerritories(db, { planId: ids.regencyPlan, districtCode: '64.71.01', areaCode: '64.71.01' })).toHaveLength(2);
  });

  it.each([
    // viewer                                 PPL seen (by name index)
    ['office head of 64.71', scope('office_head', ['64.71']), [0, 3]],
    ['KOSEKA of 64.71.01', scope('koseka', ['64.71.01']), [0]],
    ['KOSEKA of 64.71.02', scope('koseka', ['64.71.02']), [3]],
    ['stakeholder of 64.71', scope('stakeholder', ['64.71']), []],
  ] as const)('per-PPL roll-ups: the %s sees only the PPL of slots they may see', async (_who, viewer, seen) => {
    const rows = await listPplCoverageDays(db, viewer, { operationId, areaCode: '64.71', asOf: '2022-10-20' });
    expect([...rows.keys()].sort()).toEqual(seen.map((i) => ids.ppl[i]).sort());
  });

  it('per-PPL roll-ups: a PPL sees only themself, nothing after asOf, only the area asked', async () => {
    const own = await listPplCoverageDays(db, scope('ppl', ['64.71.01'], ids.ppl[0]!), { operationId, areaCode: '64.71.01', asOf: '2022-10-20' });
    expect([...own.entries()]).toEqual([[ids.ppl[0], [{ visitDate: '2022-10-20', completed: 5, refused: 0, notHome: 0, moved: 0, notFound: 0 }]]]);
    expect((await listPplCoverageDays(db, nationalScope, { operationId, areaCode: 'ID', asOf: '2022-10-19' })).size).toBe(0);
    // narrowed to an area: the national office sees 64.71.02's PPL only when it asks for it
    expect([...(await listPplCoverageDays(db, nationalScope, { operationId, areaCode: '64.71.02', asOf: '2022-10-20' })).keys()]).toEqual([ids.ppl[3]]);
  });
});

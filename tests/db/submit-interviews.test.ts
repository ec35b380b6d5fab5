import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rowsOf } from '@/db/rows';
import { assignments, coverageDaily, coveragePplDaily, interviewFamilies, interviews, planAdoptions, planSlots, plans } from '@/db/schema';
import { submitInterviews } from '@/db/use-cases/submit-interviews';
import { defaultOperationParams } from '@/lib/operations/params';
import { createIntakeFixture, readRollups, recountRollups, record } from './intake-fixture';
import { openTestDb } from './test-db';

const handle = await openTestDb();
const { db } = handle;
afterAll(() => handle.close());

let fx: Awaited<ReturnType<typeof createIntakeFixture>>;
const submit = (records: unknown[], more: Partial<typeof fx.context> = {}) => submitInterviews(db, { ...fx.context, ...more, records });
const rec = (change: Record<string, unknown> = {}) => record({ pplId: fx.agus, ...change });

describe(`submitInterviews (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createIntakeFixture(db);
  });
  beforeEach(async () => {
    for (const table of [interviews, interviewFamilies, coverageDaily, coveragePplDaily]) await db.delete(table);
  });

  it('puts every record of a batch in exactly one of accepted, duplicates, conflicts, rejected', async () => {
    const first = rec();
    const result = await submit([first, { ...first }, { ...first, outcome: 'refused' }, rec({ slsCode: '64.71.01.1001.0099' }), 'x', rec({ familyRef: '6471' })]);
    expect(result).toEqual({
      accepted: 2,
      duplicates: 1,
      conflicts: [{ index: 2, id: first.id, code: 'id_conflict' }],
      rejected: [
        { index: 3, id: expect.any(String), field: 'slsCode', code: 'unknown_sls' },
        { index: 4, id: null, field: 'record', code: 'not_a_record' },
      ],
    });
  });

  it.each([
    // what                               change                                             context                      field         code
    ['an SLS outside the caller\'s areas', { slsCode: '65.02.04.2003.0001' }, { areaCodes: ['64.71'] }, 'slsCode', 'sls_outside_scope'],
    ['an SLS not in the frame', { slsCode: '64.71.01.1001.0099' }, {}, 'slsCode', 'unknown_sls'],
    ['a staff id of another operation or none', { pplId: 999_999 }, {}, 'pplId', 'unknown_ppl'],
    ['a PML', { pplId: 'rina' }, {}, 'pplId', 'not_a_ppl'],
    ['a visit before the window', { visitedOn: '2022-10-14' }, {}, 'visitedOn', 'visit_before_window'],
    ['a visit after today', { visitedOn: '2022-10-29' }, {}, 'visitedOn', 'visit_in_future'],
    ['a visit after the window', { visitedOn: '2022-11-15' }, { today: '2022-11-20' }, 'visitedOn', 'visit_after_window'],
  ])('rejects %s and writes nothing for it', async (_what, change, more, field, code) => {
    const bad = rec({ ...change, ...((change as { pplId?: unknown }).pplId === 'rina' ? { pplId: fx.rina } : {}) });
    const result = await submit([bad], more);
    expect(result.rejected).toEqual([expect.objectContaining({ index: 0, id: bad.id, field, code })]);
    expect(result.accepted).toBe(0);
    expect(await db.select().from(interviews)).toEqual([]);
  });

  it('counts a retry once and keeps the first of a reused id', async () => {
    const first = rec({ outcome: 'not_home' });
    expect((await submit([first])).accepted).toBe(1);
    expect(await submit([first])).toEqual({ accepted: 0, duplicates: 1, conflicts: [], rejected: [] });
    expect((await submit([{ ...first, outcome: 'completed' }])).conflicts).toHaveLength(1);
    const [stored] = await db.select().from(interviews);
    expect(stored!.outcome).toBe('not_home');
    expect((await readRollups(db, fx.operation.id)).areas).toContain('ID 2022-10-20 not_home 1');
  });

  it('not at home on 20 Oct, then completed on 22 Oct: one completed family, wherever the batches split', async () => {
    await submit([rec({ familyRef: 'KK-1', visitedOn: '2022-10-20', outcome: 'not_home' })]);
    await submit([rec({ familyRef: 'KK-1', visitedOn: '2022-10-22', outcome: 'completed', pplId: fx.sari })]);
    await submit([rec({ familyRef: 'KK-1', visitedOn: '2022-10-21', outcome: 'refused' })]); // late, older: no change
    const rollups = await readRollups(db, fx.operation.id);
    expect(rollups.areas.filter((l) => l.startsWith('ID '))).toEqual(['ID 2022-10-22 completed 1']);
    expect(rollups.ppl).toEqual([`${fx.sari} 2022-10-22 completed 1`]);
    expect(rollups).toEqual(await recountRollups(db, fx.operation.id));
  });

  it('on one day, the later record of a batch is the latest, whatever the order of their ids', async () => {
    // Stored in id order (for the locks), numbered in arrival order: the second arrival must win.
    const first = rec({ id: 'ffffffff-ffff-4fff-bfff-ffffffffffff', familyRef: 'KK-3', outcome: 'not_home' });
    const second = rec({ id: '00000000-0000-4000-8000-000000000001', familyRef: 'KK-3', outcome: 'completed' });
    await submit([first, second]);
    expect((await readRollups(db, fx.operation.id)).areas.filter((l) => l.startsWith('ID '))).toEqual(['ID 2022-10-20 completed 1']);
    await db.delete(interviews);
    await db.delete(interviewFamilies);
    await db.delete(coverageDaily);
    await submit([second, first]);
    expect((await readRollups(db, fx.operation.id)).areas.filter((l) => l.startsWith('ID '))).toEqual(['ID 2022-10-20 not_home 1']);
  });

  it('counts records without familyRef as one family each', async () => {
    await submit([rec(), rec(), rec({ familyRef: 'KK-2' }), rec({ familyRef: 'KK-2' })]);
    expect((await readRollups(db, fx.operation.id)).areas).toContain('64.71.01.1001.0001 2022-10-20 completed 3');
  });

  it('keeps the family reference only as a keyed hash', async () => {
    await submit([rec({ familyRef: '6471010101010001' })]);
    const dump = JSON.stringify(rowsOf(await db.execute(sql`select i.*, f.* from interviews i join interview_families f using (family_key)`)));
    expect(dump).not.toContain('6471010101010001');
    const [stored] = await db.select().from(interviews);
    expect(stored!.familyKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a record outside the plan in force, credits whoever did it and flags it', async () => {
    const [plan] = await db.insert(plans).values({ operationId: fx.operation.id, areaCode: '64.71.01', name: 'berlaku', status: 'saved', params: defaultOperationParams }).returning();
    const [slot] = await db.insert(planSlots).values({ planId: plan!.id, label: 'PPL 1', role: 'ppl', districtCode: '64.71.01', staffId: fx.agus }).returning();
    await db.insert(assignments).values({ planId: plan!.id, slsCode: '64.71.01.1001.0001', slotId: slot!.id, families: 50 });
    await db.insert(planAdoptions).values({ operationId: fx.operation.id, areaCode: '64.71.01', planId: plan!.id });
    try {
      const byAgus = rec();
      const bySari = rec({ pplId: fx.sari });
      const unassigned = rec({ pplId: fx.sari, slsCode: '64.71.01.1001.0002' }); // the plan gives it to nobody
      const noPlan = rec({ pplId: fx.sari, slsCode: '64.71.02.1001.0001' });
      expect((await submit([byAgus, bySari, unassigned, noPlan])).accepted).toBe(4);
      const flags = Object.fromEntries((await db.select().from(interviews)).map((i) => [i.id, i.outsideAssignment]));
      expect([flags[byAgus.id as string], flags[bySari.id as string], flags[unassigned.id as string], flags[noPlan.id as string]]).toEqual([false, true, true, false]);
      expect((await readRollups(db, fx.operation.id)).ppl).toContain(`${fx.sari} 2022-10-20 completed 3`);
    } finally {
      await db.delete(plans).where(eq(plans.id, plan!.id));
    }
  });

  it('flags no PPL who works their part of an SLS split between two', async () => {
    const [plan] = await db.insert(plans).values({ operationId: fx.operation.id, areaCode: '64.71.01', name: 'dibagi', status: 'saved', params: defaultOperationParams }).returning();
    const slots = await db.insert(planSlots).values([
      { planId: plan!.id, label: 'PPL 1', role: 'ppl' as const, districtCode: '64.71.01', staffId: fx.agus },
      { planId: plan!.id, label: 'PPL 2', role: 'ppl' as const, districtCode: '64.71.01', staffId: fx.sari },
      { planId: plan!.id, label: 'PPL 3', role: 'ppl' as const, districtCode: '64.71.01' }, // not yet recruited
    ]).returning();
    await db.insert(assignments).values([
      { planId: plan!.id, slsCode: '64.71.01.1001.0001', slotId: slots[0]!.id, families: 30 },
      { planId: plan!.id, slsCode: '64.71.01.1001.0001', slotId: slots[1]!.id, families: 20 },
      { planId: plan!.id, slsCode: '64.71.01.1001.0002', slotId: slots[2]!.id, families: 50 },
    ]);
    await db.insert(planAdoptions).values({ operationId: fx.operation.id, areaCode: '64.71.01', planId: plan!.id });
    try {
      const records = [rec(), rec({ pplId: fx.sari }), rec({ slsCode: '64.71.01.1001.0002' })];
      expect((await submit(records)).accepted).toBe(3);
      const flags = Object.fromEntries((await db.select().from(interviews)).map((i) => [i.id, i.outsideAssignment]));
      // both halves of the split SLS are inside; the SLS whose slot nobody holds yet is outside for anyone
      expect(records.map((r) => flags[r.id as string])).toEqual([false, false, true]);
    } finally {
      await db.delete(plans).where(eq(plans.id, plan!.id));
    }
  });

  it('stores what a record says, with its place in the frame', async () => {
    const r = rec({ familySize: 4, outcome: 'moved', slsCode: '64.71.02.1001.0002' });
    await submit([r], { submittedBy: 'user-1' });
    const [stored] = await db.select().from(interviews);
    expect(stored).toMatchObject({ id: r.id, regencyCode: '64.71', districtCode: '64.71.02', villageCode: '64.71.02.1001', slsCode: '64.71.02.1001.0002', pplStaffId: fx.agus, visitDate: '2022-10-20', outcome: 'moved', familySize: 4, familyKey: `r:${r.id}`, submittedBy: 'user-1', outsideAssignment: false });
  });

  it('leaves the roll-ups equal to a recount after the same batch five times at once and overlapping batches', async () => {
    const families = Array.from({ length: 40 }, (_, i) => `KK-${i}`);
    const days = ['2022-10-16', '2022-10-18', '2022-10-20', '2022-10-22'];
    const outcomes = ['not_home', 'completed', 'refused', 'moved', 'not_found'];
    const make = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) =>
        rec({ id: randomUUID(), familyRef: families[(i * 7 + seed) % families.length], visitedOn: days[(i + seed) % days.length], outcome: outcomes[(i * 3 + seed) % outcomes.length], slsCode: fx.slsCodes[(i + seed) % 5], pplId: i % 2 ? fx.agus : fx.sari }),
      );
    const same = make(300, 1);
    const results = await Promise.all([...Array.from({ length: 5 }, () => submit(same)), ...[2, 3, 4, 5].map((seed) => submit(make(200, seed)))]);
    const sameResults = results.slice(0, 5);
    expect(sameResults.reduce((s, r) => s + r.accepted, 0)).toBe(300);
    expect(sameResults.reduce((s, r) => s + r.duplicates, 0)).toBe(4 * 300);
    expect(sameResults.flatMap((r) => [...r.conflicts, ...r.rejected])).toEqual([]);
    expect(await db.$count(interviews)).toBe(300 + 4 * 200);
    expect(await readRollups(db, fx.operation.id)).toEqual(await recountRollups(db, fx.operation.id));
    const [count] = rowsOf<{ n: number }>(await db.execute(sql`select sum(completed + refused + not_home + moved + not_found)::int as n from coverage_daily where area_code = 'ID'`));
    expect(Number(count!.n)).toBe(families.length);
    // Each family row points at its latest record, as a recount from the raw records finds it.
    const drift = rowsOf(await db.execute(sql`
      select f.family_key from interview_families f
        full join (select distinct on (regency_code, family_key) * from interviews order by regency_code, family_key, visit_date desc, seq desc) l
          on l.regency_code = f.regency_code and l.family_key = f.family_key
       where l.id is distinct from f.interview_id or l.seq is distinct from f.seq or l.outcome is distinct from f.outcome`));
    expect(drift).toEqual([]);
  });
});

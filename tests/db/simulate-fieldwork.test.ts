import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { getActiveOperation } from '@/db/queries/operations';
import { rowsOf } from '@/db/rows';
import { getAreaCoverage } from '@/db/use-cases/get-area-coverage';
import { simulateFieldworkInto } from '@/db/use-cases/simulate-fieldwork';
import { nationalScope } from '@/lib/auth/scope';
import { readRollups, recountRollups } from './intake-fixture';
import { createSimulationFixture } from './simulation-fixture';
import { openTestDb } from './test-db';

process.env.SIGAP_FAMILY_HASH_KEY ??= 'kunci-hash-keluarga-uji-32-karakter-atau-lebih';
const now = new Date('2026-01-01T00:00:00Z'); // the operation's clock says 28 Oct 2022 whatever the real date

const count = async (db: Db, query: ReturnType<typeof sql>) => Number(rowsOf<{ n: number | string }>(await db.execute(query))[0]!.n);

describe('simulateFieldworkInto', async () => {
  const handle = await openTestDb();
  const { db } = handle;
  let fx: Awaited<ReturnType<typeof createSimulationFixture>>;
  beforeAll(async () => {
    fx = await createSimulationFixture(db);
  });
  afterAll(() => handle.close());

  it(`sends the days up to 20 Oct through intake, before anyone drops out (${handle.label})`, async () => {
    const result = await simulateFieldworkInto(db, { now, until: '2022-10-20', batchSize: 300 });
    expect(result).toMatchObject({ ok: true, until: '2022-10-20', refused: 0, duplicates: 0, dropout: { fromDate: '2022-10-25', recorded: 'later' } });
    if (!result.ok) return;
    expect(result.accepted).toBe(result.records);
    expect(await count(db, sql`select count(*) as n from interviews where visit_date > '2022-10-20'`)).toBe(0);
    expect(await count(db, sql`select count(*) as n from slot_dropouts`)).toBe(0);
  });

  it('goes on to the clock: the earlier days again as duplicates, one dropout recorded by the KOSEKA, its work taken over inside the plan', async () => {
    const before = await count(db, sql`select count(*) as n from interviews`);
    const result = await simulateFieldworkInto(db, { now, batchSize: 300 });
    expect(result).toMatchObject({ ok: true, until: '2022-10-28', refused: 0, duplicates: before, dropout: { recorded: 'now' } });
    const [dropout] = rowsOf<{ slot_id: number; from_date: string; recorded_by: string; username: string; supervisor_slot_id: number; staff_id: number }>(await db.execute(sql`
      select d.slot_id, d.from_date::text as from_date, d.recorded_by, u.username, s.supervisor_slot_id, s.staff_id
        from slot_dropouts d join users u on u.id = d.recorded_by join plan_slots s on s.id = d.slot_id`));
    expect(dropout).toMatchObject({ from_date: '2022-10-25', username: 'koseka', supervisor_slot_id: fx.pmlSlotId });
    // the dropout's last visit was the day before; every record, the colleagues' on its SLS too, is inside the plan
    expect(await count(db, sql`select count(*) as n from interviews where ppl_staff_id = ${dropout!.staff_id} and visit_date >= '2022-10-25'`)).toBe(0);
    expect(await count(db, sql`select count(*) as n from interviews where outside_assignment`)).toBe(0);
    // moved SLS carry a version above 1: the colleagues worked them from the dropout's date
    const takenOver = await count(db, sql`select count(*) as n from interviews where visit_date >= '2022-10-25' and ppl_staff_id <> ${dropout!.staff_id}
      and sls_code in (select sls_code from assignments where version > 1)`);
    expect(takenOver).toBeGreaterThan(0);
    expect(await readRollups(db, fx.operationId)).toEqual(await recountRollups(db, fx.operationId));
  });

  it('reads as the middle of fieldwork: about half done, about 2% refused, revisits, the plane village started late', async () => {
    const operation = (await getActiveOperation(db))!;
    const kota = (await getAreaCoverage(db, nationalScope, { operation, areaCode: '64.71', asOf: '2022-10-28' }))!;
    expect(kota.percent).toBeGreaterThan(40);
    expect(kota.percent).toBeLessThan(65);
    const final = kota.completed + kota.refused + kota.moved + kota.notFound;
    expect(kota.refused / final).toBeGreaterThan(0.005);
    expect(kota.refused / final).toBeLessThan(0.04);
    expect(await count(db, sql`select count(*) as n from interviews where family_key in (select family_key from interviews where outcome = 'not_home') and outcome = 'completed'`)).toBeGreaterThan(0);
    const [first] = rowsOf<{ d: string }>(await db.execute(sql`select min(visit_date)::text as d from interviews where sls_code like '65.02.04.2003.%'`));
    expect(first!.d > '2022-10-15').toBe(true);
  });

  it('sends nothing new when run again, and keeps to a region when asked', async () => {
    const stored = await count(db, sql`select count(*) as n from interviews`);
    expect(await simulateFieldworkInto(db, { now })).toMatchObject({ ok: true, accepted: 0, duplicates: stored, refused: 0, dropout: { recorded: 'before' } });
    const malinau = await simulateFieldworkInto(db, { now, areaCode: '65.02' });
    expect(malinau).toMatchObject({ ok: true, accepted: 0, refused: 0, dropout: null });
    if (malinau.ok) expect(malinau.duplicates).toBe(await count(db, sql`select count(*) as n from interviews where sls_code like '65.02.%'`));
  });

  it.each([
    [{ until: '2022-10-01' }, 'before_window'],
    [{ areaCode: '14.10' }, 'no_plan_in_force'],
  ])('answers %j with %s', async (input, code) => {
    expect(await simulateFieldworkInto(db, { now, ...input })).toEqual({ ok: false, code });
  });
});

describe('two simulations at once', async () => {
  const handle = await openTestDb();
  const { db } = handle;
  afterAll(() => handle.close());

  it(`store every record once and record one dropout (${handle.label})`, async () => {
    const fx = await createSimulationFixture(db);
    const [a, b] = await Promise.all([simulateFieldworkInto(db, { now, batchSize: 200 }), simulateFieldworkInto(db, { now, batchSize: 250 })]);
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    const stored = await count(db, sql`select count(*) as n from interviews`);
    expect([a.refused, b.refused]).toEqual([0, 0]);
    expect(a.accepted + b.accepted).toBe(stored);
    expect(await count(db, sql`select count(*) as n from slot_dropouts`)).toBe(1);
    expect(await readRollups(db, fx.operationId)).toEqual(await recountRollups(db, fx.operationId));
  });
});

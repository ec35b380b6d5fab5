import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/rows';
import { operations, staff } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import type { SlsWorkload } from '@/lib/workload/types';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from './small-frame';

export const intakeKey = 'kunci-hash-keluarga-uji-32-karakter-atau-lebih';
export const window = { windowStart: '2022-10-15', windowEnd: '2022-11-14' };

const sls = (slsCode: string, families: number): SlsWorkload => ({ slsCode, villageCode: slsCode.slice(0, 13), districtCode: slsCode.slice(0, 8), families, accessMode: 'road', travelDaysOneWay: 0, localStaff: true });

/** The small frame with six SLS, an operation over them, two PPL and a PML. */
export async function createIntakeFixture(db: Db) {
  await loadAreaFrame(db, smallFrame());
  const [op] = await db.insert(operations).values({ name: 'Uji intake', areaCode: 'ID', ...window, params: defaultOperationParams, clockDate: '2022-10-28' }).returning();
  const slsCodes = ['64.71.01.1001.0001', '64.71.01.1001.0002', '64.71.01.1002.0001', '64.71.02.1001.0001', '64.71.02.1001.0002', '65.02.04.2003.0001'];
  await insertWorkloads(db, op!.id, slsCodes.map((c) => sls(c, 50)));
  const people = await db
    .insert(staff)
    .values([
      { operationId: op!.id, name: 'Agus', role: 'ppl' as const, homeAreaCode: '64.71.01.1001' },
      { operationId: op!.id, name: 'Sari', role: 'ppl' as const, homeAreaCode: '64.71.02.1001' },
      { operationId: op!.id, name: 'Rina', role: 'pml' as const, homeAreaCode: '64.71.01.1001' },
    ])
    .returning({ id: staff.id });
  const [agus, sari, rina] = people.map((p) => p.id) as [number, number, number];
  const operation = { id: op!.id, ...window };
  const context = { operation, areaCodes: ['ID'], submittedBy: null as string | null, today: '2022-10-28', familyHashKey: intakeKey };
  return { operation, context, slsCodes, agus, sari, rina };
}

/** A well-formed record with a fresh id. */
export function record(change: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: randomUUID(), slsCode: '64.71.01.1001.0001', pplId: 0, visitedOn: '2022-10-20', outcome: 'completed', ...change };
}

/** The roll-ups as "area date outcome n" lines (non-zero counts only), sorted. */
export async function readRollups(db: Db, operationId: number): Promise<{ areas: string[]; ppl: string[] }> {
  const unpivot = (table: string, who: string) =>
    sql.raw(`select ${who}::text as who, visit_date::text as d, o.outcome, o.n
               from ${table} cross join lateral (values ('completed', completed), ('refused', refused), ('not_home', not_home), ('moved', moved), ('not_found', not_found)) as o(outcome, n)
              where operation_id = ${operationId} and o.n <> 0`);
  const lines = (rows: { who: string; d: string; outcome: string; n: number }[]) => rows.map((r) => `${r.who} ${r.d} ${r.outcome} ${Number(r.n)}`).sort();
  return {
    areas: lines(rowsOf(await db.execute(unpivot('coverage_daily', 'area_code')))),
    ppl: lines(rowsOf(await db.execute(unpivot('coverage_ppl_daily', 'ppl_staff_id')))),
  };
}

/** The same lines counted from scratch over the stored interviews: each family by its latest record. */
export async function recountRollups(db: Db, operationId: number): Promise<{ areas: string[]; ppl: string[] }> {
  const latest = sql`(select distinct on (regency_code, family_key) * from interviews where operation_id = ${operationId}
                       order by regency_code, family_key, visit_date desc, seq desc) latest`;
  const areas = rowsOf<{ who: string; d: string; outcome: string; n: number }>(await db.execute(sql`
    select a.code as who, visit_date::text as d, outcome::text, count(*)::int as n from ${latest}
      cross join lateral (values ('ID'), (left(sls_code, 2)), (regency_code), (district_code), (village_code), (sls_code)) as a(code)
     group by 1, 2, 3`));
  const ppl = rowsOf<{ who: string; d: string; outcome: string; n: number }>(await db.execute(sql`
    select ppl_staff_id::text as who, visit_date::text as d, outcome::text, count(*)::int as n from ${latest} group by 1, 2, 3`));
  const lines = (rows: typeof areas) => rows.map((r) => `${r.who} ${r.d} ${r.outcome} ${Number(r.n)}`).sort();
  return { areas: lines(areas), ppl: lines(ppl) };
}


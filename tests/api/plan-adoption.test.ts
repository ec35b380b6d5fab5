import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestDb } from './route-env';
import { bearer } from './auth-env';
import { POST as adoptRoute } from '@/app/api/plans/[id]/adopt/route';
import { GET as getPlanRoute } from '@/app/api/plans/[id]/route';
import { GET as listPlansRoute } from '@/app/api/plans/route';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { auditLog, operations, planAdoptions, plans } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { openTestDb } from '../db/test-db';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

const heads: Record<string, Record<string, string>> = {};
const adopt = (id: number, as = 'city') => adoptRoute(new Request(`http://localhost/api/plans/${id}/adopt`, { method: 'POST', headers: heads[as] }), { params: Promise.resolve({ id: String(id) }) });
let operationId = 0;
let version = 0;

async function createPlan(areaCode: string, status: 'saved' | 'saving' | 'failed' = 'saved'): Promise<number> {
  // Versions are unique per area: each plan of the fixture gets the next.
  const [plan] = await handle.db.insert(plans).values({ operationId, areaCode, name: `${areaCode} ${status}`, status, version: ++version, params: defaultOperationParams }).returning();
  return plan!.id;
}
const adoptionsOf = (areaCode: string) => handle.db.select().from(planAdoptions).where(eq(planAdoptions.areaCode, areaCode));

describe(`adopting the plan in force (${handle.label})`, () => {
  beforeAll(async () => {
    const [op] = await handle.db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    operationId = op!.id;
    for (const [as, areaCodes] of [['city', ['64.71']], ['district', ['64.71.01']]] as const) {
      const user = await createUser(handle.db, { username: `kepala-${as}`, name: `Kepala ${as}`, role: 'office_head', areaCodes: [...areaCodes], password: 'kata-sandi-uji' });
      heads[as] = bearer((await createToken(handle.db, { userId: user, name: 'uji', createdBy: null })).token);
    }
  });

  it.each([
    ['a plan still saving', 'saving', 'city', 409],
    ['a failed plan', 'failed', 'city', 409],
    ['a plan over more than the head\'s areas', 'saved', 'district', 403],
  ])('refuses %s (%s, as the %s head) with %i and adopts nothing', async (_what, status, as, code) => {
    const id = await createPlan('64.71', status as 'saving');
    const response = await adopt(id, as);
    expect(response.status).toBe(code);
    expect(await adoptionsOf('64.71')).toEqual([]);
  });

  it('keeps one plan in force per area: adopting another replaces it, audited, and the plan list says which', async () => {
    const [first, second, district] = [await createPlan('64.71'), await createPlan('64.71'), await createPlan('64.71.01')];
    expect(await (await adopt(first)).json()).toEqual({ adoption: { planId: first, areaCode: '64.71', previousPlanId: null } });
    expect((await adopt(district, 'district')).status).toBe(200);
    expect(await (await adopt(second)).json()).toEqual({ adoption: { planId: second, areaCode: '64.71', previousPlanId: first } });
    expect((await adoptionsOf('64.71')).map((a) => a.planId)).toEqual([second]);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, `${operationId}:64.71`)).orderBy(auditLog.id);
    expect(audit.map((a) => [a.action, a.before, a.after])).toEqual([
      ['plan.adopt', { planId: null }, { planId: first }],
      ['plan.adopt', { planId: first }, { planId: second }],
    ]);
    const listed = (await (await listPlansRoute(new Request('http://localhost/api/plans', { headers: heads.city }))).json()) as { plans: { id: number; adopted: boolean }[] };
    expect(Object.fromEntries(listed.plans.filter((p) => [first, second, district].includes(p.id)).map((p) => [p.id, p.adopted]))).toEqual({ [first]: false, [second]: true, [district]: true });
    const one = async (id: number) => ((await (await getPlanRoute(new Request(`http://localhost/api/plans/${id}`, { headers: heads.city }), { params: Promise.resolve({ id: String(id) }) })).json()) as { plan: { adopted: boolean } }).plan.adopted;
    expect([await one(first), await one(second)]).toEqual([false, true]);
  });

  it('ends two adoptions of one area at once with exactly one row, each audited against the one before', async () => {
    const [a, b] = [await createPlan('64.71.02'), await createPlan('64.71.02')];
    const answers = await Promise.all([adopt(a), adopt(b)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200]);
    const rows = await adoptionsOf('64.71.02');
    expect(rows).toHaveLength(1);
    const audit = await handle.db.select().from(auditLog).where(eq(auditLog.entityId, `${operationId}:64.71.02`)).orderBy(auditLog.id);
    expect(audit.map((x) => (x.before as { planId: number | null }).planId)).toEqual([null, (audit[0]!.after as { planId: number }).planId]);
    expect((audit[1]!.after as { planId: number }).planId).toBe(rows[0]!.planId);
  });
});

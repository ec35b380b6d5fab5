import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createRoleAccounts } from './auth-env';
import { pendingAfter, useTestDb } from './route-env';
import { createPlan } from '@/db/queries/plans';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { assignments, operations, planAdoptions, planSlots, slotDropouts, staff } from '@/db/schema';
import { permissions, roles, type Role } from '@/lib/auth/permissions';
import { routeRules, type RouteKey } from '@/lib/auth/routes';
import { defaultOperationParams } from '@/lib/operations/params';
import { generateSlsWorkloads } from '@/lib/workload/generate';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from '../db/small-frame';
import { openTestDb } from '../db/test-db';
import { planSummaryOf } from '../db/plan-summary-fixture';

/**
 * Walks every API route and server action for every role: allowed and in scope, out of scope, and anonymous. The
 * expected answers come from the permission table (lib/auth), so a route without a rule, or one that forgets its
 * check, fails here.
 */
const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

const appDir = path.resolve(import.meta.dirname, '../../app');
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const routeFiles = walk(path.join(appDir, 'api')).filter((f) => f.endsWith('route.ts'));
const routePath = (file: string) => `/${path.relative(appDir, path.dirname(file)).split(path.sep).join('/')}`;
/** Exported server actions, by name, from every 'use server' file. */
const actionNames = walk(appDir)
  .filter((f) => /\.tsx?$/.test(f) && /^['"]use server['"]/m.test(readFileSync(f, 'utf8')))
  .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/export async function (\w+)/g)].map((m) => `action ${m[1]}`));

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const handlers = new Map<string, Handler>();
for (const file of routeFiles) {
  const module = (await import(file)) as Record<string, unknown>;
  for (const method of methods) if (typeof module[method] === 'function') handlers.set(`${method} ${routePath(file)}`, module[method] as Handler);
}

interface Call {
  url: string;
  params?: Record<string, string>;
  body?: string;
  contentType?: string;
}
/** What a route is called with inside the test accounts' areas and outside them (lists: nothing outside to ask). */
type Fixture = { inside: (role: Role) => Call | Promise<Call>; outside?: () => Call | Promise<Call> };

const ids = { operation: 0, planIn: 0, planOut: 0, slotIn: 0, slotOut: 0, outsider: '', ppl: 0, spareIn: 0, leavingIn: 0, leavingStaff: 0 };
let accounts: Awaited<ReturnType<typeof createRoleAccounts>>;
const workloadHeader = 'village_code,sls_code,families,access_mode,travel_days_one_way,local_staff';
const rosterHeader = 'name,role,phone,home_village_code';

const fixtures: Record<Exclude<RouteKey, `action ${string}`>, Fixture | 'public' | 'cli'> = {
  'GET /api/health': 'public',
  'POST /api/auth/[...all]': 'public',
  'POST /api/internal/tokens': 'cli',
  // A record outside the caller's areas is rejected by line (a 200 for a batch, the import's 422), not by a 403:
  // tests/api/interviews.test.ts and interview-import.test.ts check it.
  'POST /api/interviews': { inside: () => ({ url: '/api/interviews', body: JSON.stringify({ records: [interviewRecord()] }) }) },
  'POST /api/interviews/import': { inside: () => ({ url: '/api/interviews/import', body: interviewCsv(), contentType: 'text/csv' }) },
  'POST /api/internal/interviews': 'cli',
  'POST /api/internal/simulate': 'cli',
  'GET /api/me': { inside: () => ({ url: '/api/me' }) },
  'GET /api/areas': { inside: () => ({ url: '/api/areas?q=Manggar' }) },
  'GET /api/areas/[code]': { inside: () => ({ url: '/api/areas/64.71.01.1001', params: { code: '64.71.01.1001' } }), outside: () => ({ url: '/api/areas/65.02.04', params: { code: '65.02.04' } }) },
  'GET /api/areas/[code]/export': { inside: () => ({ url: '/api/areas/64.71.01/export', params: { code: '64.71.01' } }), outside: () => ({ url: '/api/areas/65.02/export', params: { code: '65.02' } }) },
  'POST /api/workloads': { inside: () => ({ url: '/api/workloads', body: `${workloadHeader}\n64.71.01.1002,,350,road,0,yes\n`, contentType: 'text/csv' }), outside: () => ({ url: '/api/workloads', body: `${workloadHeader}\n65.02.04.2003,,80,plane,1,no\n`, contentType: 'text/csv' }) },
  'GET /api/plans': { inside: () => ({ url: '/api/plans' }) },
  'POST /api/plans': { inside: () => ({ url: '/api/plans', body: JSON.stringify({ areaCode: '64.71.01', name: 'matriks' }) }), outside: () => ({ url: '/api/plans', body: JSON.stringify({ areaCode: '65.02', name: 'luar' }) }) },
  'GET /api/plans/[id]': { inside: () => planCall(ids.planIn, ''), outside: () => planCall(ids.planOut, '') },
  'DELETE /api/plans/[id]': { inside: async () => planCall(await disposablePlan(), ''), outside: () => planCall(ids.planOut, '') },
  'GET /api/plans/[id]/slots': { inside: () => planCall(ids.planIn, '/slots'), outside: () => planCall(ids.planOut, '/slots') },
  'GET /api/plans/[id]/slots/[slotId]': {
    inside: () => ({ url: `/api/plans/${ids.planIn}/slots/${ids.slotIn}`, params: { id: String(ids.planIn), slotId: String(ids.slotIn) } }),
    outside: () => ({ url: `/api/plans/${ids.planOut}/slots/${ids.slotOut}`, params: { id: String(ids.planOut), slotId: String(ids.slotOut) } }),
  },
  'GET /api/plans/[id]/charters': { inside: () => planCall(ids.planIn, '/charters'), outside: () => planCall(ids.planOut, '/charters') },
  'GET /api/plans/[id]/export': { inside: () => planCall(ids.planIn, '/export?format=csv&sheet=petugas'), outside: () => planCall(ids.planOut, '/export') },
  'POST /api/plans/[id]/roster': { inside: () => planCall(ids.planIn, '/roster'), outside: () => planCall(ids.planOut, '/roster') },
  'POST /api/plans/[id]/adopt': { inside: () => planCall(ids.planIn, '/adopt'), outside: () => planCall(ids.planOut, '/adopt') },
  'GET /api/plans/[id]/assignments': { inside: async () => planCall(ids.planIn, `/assignments?sls=${(await shareOf(ids.slotIn)).slsCode}`), outside: () => planCall(ids.planOut, '/assignments?sls=65.02.04.2003.0001') },
  'POST /api/plans/[id]/moves': { inside: async () => ({ ...planCall(ids.planIn, '/moves'), body: JSON.stringify(await oneFamilyMove()) }), outside: () => ({ ...planCall(ids.planOut, '/moves'), body: JSON.stringify({ slsCode: '65.02.04.2003.0001', fromSlotId: ids.slotOut, toSlotId: ids.slotOut + 1, version: 1 }) }) },
  'GET /api/plans/[id]/moves/suggestions': { inside: async () => planCall(ids.planIn, `/moves/suggestions?sls=${(await shareOf(ids.slotIn)).slsCode}&from=${ids.slotIn}`), outside: () => planCall(ids.planOut, `/moves/suggestions?sls=65.02.04.2003.0001&from=${ids.slotOut}`) },
  'POST /api/plans/[id]/dropouts': { inside: () => ({ ...planCall(ids.planIn, '/dropouts'), body: JSON.stringify({ slotId: ids.slotIn, from: '2022-10-27', reason: 'sick' }) }), outside: () => ({ ...planCall(ids.planOut, '/dropouts'), body: JSON.stringify({ slotId: ids.slotOut, from: '2022-10-27', reason: 'sick' }) }) },
  'POST /api/plans/[id]/dropouts/apply': { inside: async () => ({ ...planCall(ids.planIn, '/dropouts/apply'), body: JSON.stringify(await freshDropout()) }), outside: () => ({ ...planCall(ids.planOut, '/dropouts/apply'), body: JSON.stringify({ slotId: ids.slotOut, from: '2022-10-27', reason: 'sick', moves: [], versions: {} }) }) },
  'GET /api/plans/[id]/monitoring': { inside: () => planCall(ids.planIn, '/monitoring'), outside: () => planCall(ids.planOut, '/monitoring') },
  'GET /api/audit': { inside: () => ({ url: '/api/audit?kecamatan=64.71.01' }), outside: () => ({ url: `/api/audit?ppl=${ids.slotOut}` }) },
  'GET /api/coverage': { inside: () => ({ url: '/api/coverage?area=64.71.01&asOf=2022-10-20' }), outside: () => ({ url: '/api/coverage?area=65.02' }) },
  'GET /api/staff': { inside: () => ({ url: '/api/staff' }) },
  'POST /api/staff': { inside: () => ({ url: '/api/staff', body: `${rosterHeader}\nSiti Aminah,ppl,,64.71.01.1001\n`, contentType: 'text/csv' }), outside: () => ({ url: '/api/staff', body: `${rosterHeader}\nYohanes,ppl,,65.02.04.2003\n`, contentType: 'text/csv' }) },
  'GET /api/tokens': { inside: () => ({ url: '/api/tokens' }) },
  'POST /api/tokens': { inside: () => ({ url: '/api/tokens', body: JSON.stringify({ username: 't-entry-system', name: 'CAPI' }) }), outside: () => ({ url: '/api/tokens', body: JSON.stringify({ username: 'luar', name: 'x' }) }) },
  'DELETE /api/tokens/[id]': { inside: () => tokenCall(accounts.entry_system.userId), outside: () => tokenCall(ids.outsider) },
};

function interviewRecord() {
  return { id: crypto.randomUUID(), slsCode: '64.71.01.1001.0001', pplId: ids.ppl, visitedOn: '2022-10-20', outcome: 'completed' };
}

function interviewCsv() {
  const r = interviewRecord();
  return `id,sls_code,ppl_id,visited_on,outcome\n${r.id},${r.slsCode},${r.pplId},${r.visitedOn},${r.outcome}\n`;
}

/** The first share of a slot of the inside plan. */
async function shareOf(slotId: number) {
  const [share] = await handle.db.select().from(assignments).where(eq(assignments.slotId, slotId)).orderBy(assignments.slsCode);
  return share!;
}

/** One family of the PPL account's first SLS to the spare PPL of the same team, at the share's current version. */
async function oneFamilyMove() {
  const share = await shareOf(ids.slotIn);
  return { slsCode: share.slsCode, fromSlotId: ids.slotIn, toSlotId: ids.spareIn, version: share.version, families: 1 };
}

/** A dropout of the team's second spare PPL (without shares), made possible again for each call. */
async function freshDropout() {
  await handle.db.delete(slotDropouts).where(eq(slotDropouts.slotId, ids.leavingIn));
  await handle.db.update(staff).set({ status: 'active' }).where(eq(staff.id, ids.leavingStaff));
  return { slotId: ids.leavingIn, from: '2022-10-27', reason: 'resigned', moves: [], versions: {} };
}

function planCall(id: number, suffix: string): Call {
  return { url: `/api/plans/${id}${suffix}`, params: { id: String(id) } };
}

/** A plan of Balikpapan Timur made only to be deleted. */
async function disposablePlan(): Promise<number> {
  return (await createPlan(handle.db, { operationId: ids.operation, areaCode: '64.71.01', name: 'hapus', params: {}, summary: planSummaryOf(), totalRows: 0 })).id;
}

async function tokenCall(userId: string): Promise<Call> {
  const { id } = await createToken(handle.db, { userId, name: 'sekali pakai', createdBy: null });
  return { url: `/api/tokens/${id}`, params: { id: String(id) } };
}

async function call(key: string, { url, params = {}, body, contentType }: Call, headers: Record<string, string>): Promise<Response> {
  const method = key.split(' ')[0]!;
  const request = new Request(`http://localhost${url}`, { method, body, headers: { ...headers, ...(body ? { 'content-type': contentType ?? 'application/json' } : {}) } });
  const { NextRequest } = await import('next/server');
  return handlers.get(key)!(new NextRequest(request), { params: Promise.resolve(params) });
}

describe(`permission matrix (${handle.label})`, () => {
  beforeAll(async () => {
    const frame = smallFrame();
    await loadAreaFrame(handle.db, frame);
    const [op] = await handle.db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    ids.operation = op!.id;
    const villages = frame.villages.map((v) => ({ code: v.code, districtCode: v.parentCode! }));
    await insertWorkloads(handle.db, op!.id, generateSlsWorkloads({ villages, seed: 5, totalFamilies: 4_000 }));
    const people = await handle.db.insert(staff).values([
      { operationId: op!.id, name: 'Rina', role: 'pml', homeAreaCode: '64.71.01.1001' },
      { operationId: op!.id, name: 'Agus', role: 'ppl', homeAreaCode: '64.71.01.1001' },
    ]).returning({ id: staff.id });
    accounts = await createRoleAccounts(handle.db, { pml: people[0]!.id, ppl: people[1]!.id });
    ids.ppl = people[1]!.id;
    ids.outsider = await createUser(handle.db, { username: 'luar', name: 'Di luar wilayah', role: 'entry_system', areaCodes: ['65'], password: 'kata-sandi-luar' });
    const national = await createUser(handle.db, { username: 'nasional', name: 'Pusat', role: 'office_head', areaCodes: ['ID'], password: 'kata-sandi-pusat' });
    const nationalToken = bearer((await createToken(handle.db, { userId: national, name: 'uji', createdBy: null })).token);
    for (const [key, areaCode] of [['planIn', '64.71.01'], ['planOut', '65.02']] as const) {
      const response = await call('POST /api/plans', { url: '/api/plans', body: JSON.stringify({ areaCode, name: key }) }, nationalToken);
      ids[key] = ((await response.json()) as { plan: { id: number } }).plan.id;
    }
    await Promise.all(pendingAfter);
    // The PPL account works the first PPL territory of the inside plan, under the PML account.
    const slotsIn = await handle.db.select().from(planSlots).where(eq(planSlots.planId, ids.planIn));
    const firstPpl = slotsIn.find((s) => s.role === 'ppl')!;
    await handle.db.update(planSlots).set({ staffId: people[1]!.id }).where(eq(planSlots.id, firstPpl.id));
    await handle.db.update(planSlots).set({ staffId: people[0]!.id }).where(and(eq(planSlots.id, firstPpl.supervisorSlotId!)));
    ids.slotIn = firstPpl.id;
    ids.slotOut = (await handle.db.select().from(planSlots).where(eq(planSlots.planId, ids.planOut)))[0]!.id;
    // The coordinator workspace works on the plan in force, at the demo's clock; two spare PPL join the PML's team.
    await handle.db.update(operations).set({ clockDate: '2022-10-28' }).where(eq(operations.id, ids.operation));
    await handle.db.insert(planAdoptions).values({ operationId: ids.operation, areaCode: '64.71.01', planId: ids.planIn });
    const [leaving] = await handle.db.insert(staff).values({ operationId: op!.id, name: 'Yusuf', role: 'ppl' }).returning({ id: staff.id });
    ids.leavingStaff = leaving!.id;
    const spare = { planId: ids.planIn, role: 'ppl' as const, districtCode: '64.71.01', supervisorSlotId: firstPpl.supervisorSlotId, onSiteDays: 25 };
    const [spareIn, leavingIn] = await handle.db.insert(planSlots).values([{ ...spare, label: 'PPL cadangan 1' }, { ...spare, label: 'PPL cadangan 2', staffId: leaving!.id }]).returning({ id: planSlots.id });
    ids.spareIn = spareIn!.id;
    ids.leavingIn = leavingIn!.id;
  });

  it('has a rule for every route and server action in app/, and no rule without one', () => {
    const found = [...handlers.keys(), ...actionNames].sort();
    expect(found.filter((key) => !(key in routeRules))).toEqual([]);
    expect(Object.keys(routeRules).filter((key) => !found.includes(key))).toEqual([]);
    expect(Object.keys(fixtures).sort()).toEqual([...handlers.keys()].sort());
  });

  const guarded = Object.entries(fixtures).filter((entry): entry is [RouteKey & string, Fixture] => typeof entry[1] === 'object');

  it.each(guarded.map(([key]) => key))('%s: 401 without a session or token', async (key) => {
    const fixture = guarded.find(([k]) => k === key)![1];
    const response = await call(key, await fixture.inside('office_head'), {});
    expect(response.status).toBe(401);
  });

  for (const [key, fixture] of guarded) {
    const action = routeRules[key as RouteKey] as keyof typeof permissions;
    it.each([...roles])(`${key} (${action}) as %s`, async (role) => {
      const headers = bearer(accounts[role].token);
      const allowed = (permissions[action].roles as readonly Role[]).includes(role);
      const inside = await call(key, await fixture.inside(role), headers);
      if (!allowed) {
        expect(inside.status, `${role} must be refused`).toBe(403);
        return;
      }
      expect(inside.status, `${role} inside: ${await inside.clone().text()}`).toBeLessThan(300);
      if (fixture.outside) {
        const outside = await call(key, await fixture.outside(), headers);
        expect([403, 404], `${role} outside: ${outside.status}`).toContain(outside.status);
      }
    });
  }

  it('lists only what lies inside the viewer\'s areas', async () => {
    const koseka = bearer(accounts.koseka.token);
    const plans = (await (await call('GET /api/plans', { url: '/api/plans' }, koseka)).json()) as { plans: { id: number }[] };
    expect(plans.plans.map((p) => p.id)).toContain(ids.planIn);
    expect(plans.plans.map((p) => p.id)).not.toContain(ids.planOut);
    const areaResponse = await call('GET /api/areas', { url: '/api/areas?q=Long' }, koseka);
    const areas = (await areaResponse.json()) as { areas: unknown[] };
    expect(areaResponse.status, JSON.stringify(areas)).toBe(200);
    expect(areas.areas).toEqual([]);
    const pmlSlots = (await (await call('GET /api/plans/[id]/slots', planCall(ids.planIn, '/slots'), bearer(accounts.pml.token))).json()) as { slots: { role: string }[] };
    expect(pmlSlots.slots.filter((s) => s.role === 'pml')).toHaveLength(1);
    expect(pmlSlots.slots.length).toBeGreaterThan(1);
    expect(pmlSlots.slots.length).toBeLessThanOrEqual(1 + defaultOperationParams.pplPerPml + 2); // the team's two spare PPL
  });

  it('shows a PPL no other PPL\'s schedule', async () => {
    const other = (await handle.db.select().from(planSlots).where(eq(planSlots.planId, ids.planIn))).find((s) => s.role === 'ppl' && s.id !== ids.slotIn)!;
    const response = await call('GET /api/plans/[id]/slots/[slotId]', { url: '/x', params: { id: String(ids.planIn), slotId: String(other.id) } }, bearer(accounts.ppl.token));
    expect(response.status).toBe(404);
  });
});

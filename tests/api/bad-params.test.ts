import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createRoleAccounts } from './auth-env';
import { actAs, req, routeParams, useTestDb } from './route-env';
import { GET as exportArea } from '@/app/api/areas/[code]/export/route';
import { GET as getArea } from '@/app/api/areas/[code]/route';
import { GET as searchAreas } from '@/app/api/areas/route';
import { DELETE as deletePlan, GET as getPlan } from '@/app/api/plans/[id]/route';
import { GET as getSlot } from '@/app/api/plans/[id]/slots/[slotId]/route';
import { GET as listSlots } from '@/app/api/plans/[id]/slots/route';
import { DELETE as revokeToken } from '@/app/api/tokens/[id]/route';
import { operations, plans } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { generateSlsWorkloads } from '@/lib/workload/generate';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from '../db/small-frame';
import { openTestDb } from '../db/test-db';

/**
 * Route and path parameters a hostile or careless client sends: each gets a 4xx with a message, or a proper
 * answer, never a 500 (a NUL byte PostgreSQL refuses, an id beyond int4, an SLS where a parent area was expected).
 */
const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

let planId = 0;

beforeAll(async () => {
  const frame = smallFrame();
  await loadAreaFrame(handle.db, frame);
  const [op] = await handle.db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
  const villages = frame.villages.map((v) => ({ code: v.code, districtCode: v.parentCode! }));
  await insertWorkloads(handle.db, op!.id, generateSlsWorkloads({ villages, seed: 5, totalFamilies: 2_000 }));
  planId = (await handle.db.insert(plans).values({ operationId: op!.id, areaCode: '64.71', name: 'kota', status: 'saved', params: defaultOperationParams }).returning())[0]!.id;
  actAs(bearer((await createRoleAccounts(handle.db)).office_head.token));
});

const get = (path: string) => req(`http://localhost${path}`);
const plan = () => routeParams({ id: String(planId) });

describe(`bad parameters get a 4xx with a message, never a 500 (${handle.label})`, () => {
  it.each<[string, number, () => Promise<Response>]>([
    ['an SLS code: the SLS, with no children', 200, () => getArea(get('/api/areas/x'), routeParams({ code: '64.71.01.1001.0001' }))],
    ['an SLS code to export: an empty table', 200, () => exportArea(get('/api/areas/x/export'), routeParams({ code: '64.71.01.1001.0001' }))],
    ['an unknown area', 404, () => getArea(get('/api/areas/x'), routeParams({ code: '64.71.09' }))],
    ['a NUL byte in an area code', 422, () => getArea(get('/api/areas/%00'), routeParams({ code: '\u0000' }))],
    ['a NUL byte in the search box', 422, () => searchAreas(get('/api/areas?q=%00'))],
    ['a control character in the search box', 422, () => searchAreas(get('/api/areas?q=Manggar%1B'))],
    ['a token id beyond int4', 422, () => revokeToken(req('http://localhost/api/tokens/x', { method: 'DELETE' }), routeParams({ id: '99999999999' }))],
    ['a token id that is no number', 422, () => revokeToken(req('http://localhost/api/tokens/x', { method: 'DELETE' }), routeParams({ id: '\u0000' }))],
    ['a plan id beyond int4', 422, () => getPlan(get('/api/plans/x'), routeParams({ id: '99999999999' }))],
    ['a NUL byte as plan id', 422, () => getPlan(get('/api/plans/x'), routeParams({ id: '\u0000' }))],
    ['a slot id beyond int4', 422, () => getSlot(get('/api/plans/x/slots/x'), routeParams({ id: String(planId), slotId: '99999999999' }))],
    ['a NUL byte as kecamatan', 422, () => listSlots(get('/api/plans/x/slots?kecamatan=%00'), plan())],
    ['garbage as kecamatan', 422, () => listSlots(get("/api/plans/x/slots?kecamatan=64.71.01'--"), plan())],
  ])('%s: %i', async (_what, status, send) => {
    const response = await send();
    const body = await response.text();
    expect(response.status, body).toBe(status);
    if (status >= 400) expect((JSON.parse(body) as { error: string }).error.length).toBeGreaterThan(0);
  });

  // DELETE /api/plans/1e0 deleted plan 1: a number written another way (exponent, hex, sign, space, fraction,
  // leading zero) is no plan id, so it reaches no plan.
  it.each(['e0', 'x', '+', ' ', '.0', '0'])('refuses a plan or slot id written with %j and deletes nothing', async (form) => {
    const spell = (id: number) => ({ e0: `${id}e0`, x: `0x${id.toString(16)}`, '+': `+${id}`, ' ': ` ${id}`, '.0': `${id}.0`, '0': `0${id}` })[form]!;
    const responses = [
      await deletePlan(req('http://localhost/api/plans/x', { method: 'DELETE' }), routeParams({ id: spell(planId) })),
      await getPlan(get('/api/plans/x'), routeParams({ id: spell(planId) })),
      await getSlot(get('/api/plans/x/slots/x'), routeParams({ id: String(planId), slotId: spell(1) })),
    ];
    expect(responses.map((r) => r.status)).toEqual([422, 422, 422]);
    expect((await getPlan(get('/api/plans/x'), plan())).status).toBe(200);
  });

  it('answers an SLS with its ancestors and no children', async () => {
    const response = await getArea(get('/api/areas/x'), routeParams({ code: '64.71.01.1001.0001' }));
    const body = (await response.json()) as { area: { level: string }; ancestors: unknown[]; children: unknown[] };
    expect(body).toMatchObject({ area: { level: 'sls' }, children: [] });
    expect(body.ancestors).toHaveLength(4);
  });
});

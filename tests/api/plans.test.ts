import { nationalScope } from '@/lib/auth/scope';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pendingAfter, jsonRequest, routeParams, useTestDb, req, actAs } from './route-env';
import { bearer } from './auth-env';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { DELETE as deleteRoute, GET as getPlanRoute } from '@/app/api/plans/[id]/route';
import { GET as exportPlan } from '@/app/api/plans/[id]/export/route';
import { GET as listPlansRoute, POST as createPlanRoute } from '@/app/api/plans/route';
import { GET as listStaffRoute, POST as importStaff } from '@/app/api/staff/route';
import { POST as fillRoster } from '@/app/api/plans/[id]/roster/route';
import { GET as listSlots } from '@/app/api/plans/[id]/slots/route';
import { GET as getSlot } from '@/app/api/plans/[id]/slots/[slotId]/route';
import { GET as listCharters } from '@/app/api/plans/[id]/charters/route';
import { and, eq, sql } from 'drizzle-orm';
import type { NextRequest } from 'next/server';
import { createPlan, getPlan } from '@/db/queries/plans';
import { auditLog, operations, planSlots, plans } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { generateSlsWorkloads } from '@/lib/workload/generate';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from '../db/small-frame';
import { openTestDb } from '../db/test-db';
import { fileVariants } from './file-variants';
import { planSummaryOf } from '../db/plan-summary-fixture';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

const post = (body: unknown) => createPlanRoute(jsonRequest('/api/plans', body));
const planCount = async () => ((await (await listPlansRoute(req('http://localhost/api/plans'))).json()) as { plans: unknown[] }).plans.length;

describe(`plans over HTTP (${handle.label})`, () => {
  beforeAll(async () => {
    // An office head over both provinces of the small frame, acting through a bearer token.
    const head = await createUser(handle.db, { username: 'kepala-uji', name: 'Kepala uji', role: 'office_head', areaCodes: ['64', '65'], password: 'kata-sandi-uji' });
    actAs(bearer((await createToken(handle.db, { userId: head, name: 'uji', createdBy: null })).token));
    const frame = smallFrame();
    await loadAreaFrame(handle.db, frame);
    const [op] = await handle.db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    const villages = frame.villages.filter((v) => v.code.startsWith('64.71')).map((v) => ({ code: v.code, districtCode: v.parentCode! }));
    await insertWorkloads(handle.db, op!.id, generateSlsWorkloads({ villages, seed: 3, totalFamilies: 15_000 }));
  });

  it.each([
    ['not JSON', 'areaCode=64.71', 400],
    ['a malformed area code', { areaCode: '64-71', name: 'x' }, 422],
    ['no name', { areaCode: '64.71', name: '' }, 422],
    ['an unknown parameter', { areaCode: '64.71', name: 'x', params: { minDailyFamilie: 12 } }, 422],
    ['a minimum above the maximum', { areaCode: '64.71', name: 'x', params: { minDailyFamilies: 15 } }, 422],
    ['a reserve that eats the window', { areaCode: '64.71', name: 'x', params: { reserveDays: 31 } }, 422],
    ['an area with no families', { areaCode: '65.02', name: 'x' }, 422],
    ['an unknown strategy', { areaCode: '64.71', name: 'x', strategy: 'fast' }, 422],
    ['a NUL in the name', { areaCode: '64.71', name: 'x\u0000' }, 422],
    ['a U+FFFF in the name', { areaCode: '64.71', name: 'x\uffff' }, 422],
    ['an unknown key', { areaCode: '64.71', name: 'x', padding: 'x' }, 422],
    ['a 10 MB body', { areaCode: '64.71', name: 'x', padding: 'x'.repeat(10_000_000) }, 413],
    ['800,000 holidays', { areaCode: '64.71', name: 'x', params: { holidays: Array.from({ length: 800_000 }, () => '2022-10-17') } }, 413],
    ['400 holidays', { areaCode: '64.71', name: 'x', params: { holidays: Array.from({ length: 400 }, () => '2022-10-17') } }, 422],
    ['a window from 1900 to 2100', { areaCode: '64.71', name: 'x', params: { windowStart: '1900-01-01', windowEnd: '2100-12-31' } }, 422],
    ['a date that does not exist', { areaCode: '64.71', name: 'x', params: { windowEnd: '2022-02-30' } }, 422],
    ['a village code', { areaCode: '64.71.01.1002', name: 'x' }, 422],
    ['an SLS code', { areaCode: '64.71.01.1002.0001', name: 'x' }, 422],
    ['an area not in the frame', { areaCode: '64.72', name: 'x' }, 422],
    ['a terrain class for a regency', { areaCode: '64.71', name: 'x', params: { terrainClasses: { '64.71': 'hilly' } } }, 422],
    ['a terrain class that is none', { areaCode: '64.71', name: 'x', params: { terrainClasses: { '64.71.01': 'swamp' } } }, 422],
    ['a terrain estimate that is not yes/no', { areaCode: '64.71', name: 'x', params: { terrainEstimate: 'ya' } }, 422],
  ])('refuses %s with %i and saves nothing', async (_what, body, status) => {
    const before = await planCount();
    const response = await post(body);
    expect(response.status).toBe(status);
    const json = (await response.json()) as { error: string };
    expect(json.error.length).toBeGreaterThan(0);
    expect(JSON.stringify(json)).not.toMatch(/at .*\.ts|select |insert /i);
    expect(await planCount()).toBe(before);
  });

  it('words a bad terrain class in the caller language, naming the area', async () => {
    const response = await createPlanRoute(req('http://localhost/api/plans', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'en' }, body: JSON.stringify({ areaCode: '64.71', name: 'x', params: { terrainClasses: { '64.71.01': 'swamp' } } }) }));
    expect(((await response.json()) as { error: string }).error).toContain('the terrain class of 64.71.01 must be flat, hilly or remote');
  });

  it("plans with an office's terrain class: the summary names each kecamatan's norm and the plain-rules staff", async () => {
    const response = await post({ areaCode: '64.71', name: 'medan', params: { terrainClasses: { '64.71.01': 'remote' } } });
    expect(response.status).toBe(202);
    const { plan } = (await response.json()) as { plan: { summary: { ppl: number; plainRules?: { ppl: number }; districts: { districtCode: string; terrain: unknown[] }[] } } };
    const timur = plan.summary.districts.find((d) => d.districtCode === '64.71.01')!;
    expect(timur.terrain).toEqual([expect.objectContaining({ basis: { code: 'office_class', terrainClass: 'remote', areaCode: '64.71.01' }, familiesPerDay: 8, ownTerritories: true })]);
    expect(plan.summary.plainRules!.ppl).toBeLessThan(plan.summary.ppl);
    await Promise.all(pendingAfter);
  });

  it.each([
    ['64.71.01.1002', 'Wilayah 64.71.01.1002 adalah desa/kelurahan: rencana dibuat untuk provinsi, kabupaten/kota atau kecamatan'],
    ['64.71.01.1002.0001', 'adalah SLS'],
  ])('says why %s cannot be planned', async (areaCode, message) => {
    expect(((await (await post({ areaCode, name: 'x' })).json()) as { error: string }).error).toContain(message);
  });

  it('gives five plans of one area posted at once five versions', async () => {
    const responses = await Promise.all([1, 2, 3, 4, 5].map((k) => post({ areaCode: '64.71.02', name: `serentak ${k}` })));
    await Promise.all(pendingAfter);
    expect(responses.map((r) => r.status)).toEqual([202, 202, 202, 202, 202]);
    const versions = await Promise.all(responses.map(async (r) => ((await r.json()) as { plan: { version: number } }).plan.version));
    expect(versions.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('plans, saves in the background and exports', async () => {
    const response = await post({ areaCode: '64.71', name: 'dasar', params: { minDailyFamilies: 11, maxDailyFamilies: 14 } });
    expect(response.status).toBe(202);
    const { plan } = (await response.json()) as { plan: { id: number; summary: { families: number; ppl: number; workingDays: number } } };
    expect(plan.summary.families).toBe(15_000);
    // 15,000 families / (11 x 25) = 54.5: at least the floor at 14/day (43), never above 15,000 / (11 x 25) rounded up
    expect(plan.summary.ppl).toBeGreaterThanOrEqual(43);
    expect(plan.summary.ppl).toBeLessThanOrEqual(55);
    await Promise.all(pendingAfter);
    const status = (await (await getPlanRoute(req('http://localhost'), routeParams({ id: String(plan.id) }))).json()) as { plan: { status: string; progressDone: number; progressTotal: number } };
    expect(status.plan.status).toBe('saved');
    expect(status.plan.progressDone).toBe(status.plan.progressTotal);
    const csv = await (await exportPlan(req(`http://localhost/api/plans/${plan.id}/export?format=csv&sheet=kecamatan`), routeParams({ id: String(plan.id) }))).text();
    expect(csv.split('\r\n')[0]).toBe('kode,kecamatan,keluarga,sls,ppl,ppl_ideal,ppl_batas_bawah,pml,koseka,min_keluarga_per_hari,maks_keluarga_per_hari,ditandai');
    const schedule = (await (await exportPlan(req(`http://localhost/api/plans/${plan.id}/export?format=csv&sheet=jadwal`), routeParams({ id: String(plan.id) }))).text()).trim().split('\r\n');
    // one row per PPL and calendar day of the 31-day window, families adding up to the area's
    expect(schedule.length - 1).toBe(plan.summary.ppl * 31);
    expect(schedule.slice(1).reduce((sum, line) => sum + Number(line.split(',')[3]), 0)).toBe(15_000);
    const xlsx = await exportPlan(req(`http://localhost/api/plans/${plan.id}/export`), routeParams({ id: String(plan.id) }));
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const badSheet = await exportPlan(req(`http://localhost/api/plans/${plan.id}/export?format=pdf`), routeParams({ id: String(plan.id) }));
    expect(badSheet.status).toBe(422);
  });

  it('reads back slots, one PPL schedule and charters', async () => {
    const { plan } = (await (await post({ areaCode: '64.71.01', name: 'satu kecamatan' })).json()) as { plan: { id: number; summary: { ppl: number; pml: number; koseka: number } } };
    await Promise.all(pendingAfter);
    const { slots } = (await (await listSlots(req(`http://localhost/api/plans/${plan.id}/slots?kecamatan=64.71.01`), routeParams({ id: String(plan.id) }))).json()) as { slots: { id: number; role: string }[] };
    expect(slots).toHaveLength(plan.summary.ppl + plan.summary.pml + plan.summary.koseka);
    const ppl = slots.find((x) => x.role === 'ppl')!;
    const one = (await (await getSlot(req('http://localhost'), routeParams({ id: String(plan.id), slotId: String(ppl.id) }))).json()) as { sls: { families: number }[]; schedule: { families: number }[] };
    expect(one.schedule).toHaveLength(31);
    expect(one.schedule.reduce((s, d) => s + d.families, 0)).toBe(one.sls.reduce((s, x) => s + x.families, 0));
    expect((await listSlots(req(`http://localhost/api/plans/${plan.id}/slots?kecamatan=xx`), routeParams({ id: String(plan.id) }))).status).toBe(422);
    expect((await getSlot(req('http://localhost'), routeParams({ id: String(plan.id), slotId: '99999999' }))).status).toBe(404);
    const charters = (await (await listCharters(req('http://localhost'), routeParams({ id: String(plan.id) }))).json()) as { charters: unknown[] };
    expect(charters.charters).toEqual([]); // Balikpapan is reached by road
  });

  it('answers 422 for a malformed plan id and 404 for an unknown one', async () => {
    expect((await getPlanRoute(req('http://localhost'), routeParams({ id: 'abc' }))).status).toBe(422);
    expect((await getPlanRoute(req('http://localhost'), routeParams({ id: '999999' }))).status).toBe(404);
  });

  it('imports a roster all-or-nothing and fills the plan from it', async () => {
    const bad = await importStaff(req('http://localhost/api/staff', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'name,role,phone,home_village_code\nSiti,ppl,,64.71.01.1001\nBudi,ppl,,99.99.99.9999\n' }));
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { error: string }).error).toContain('baris 3');
    const good = await importStaff(req('http://localhost/api/staff', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'name,role,phone,home_village_code\nSiti,ppl,,64.71.01.1001\n"=HYPERLINK(""x"")",pml,,64.71.02.1001\n' }));
    expect(good.status).toBe(201);
    const { plan } = (await (await post({ areaCode: '64.71', name: 'roster' })).json()) as { plan: { id: number } };
    await Promise.all(pendingAfter);
    const filled = (await (await fillRoster(req('http://localhost', { method: 'POST' }), routeParams({ id: String(plan.id) }))).json()) as { filled: number; toRecruit: { role: string; count: number }[] };
    expect(filled.filled).toBe(2); // exactly one PPL (Siti) and one PML (the formula-looking name): only the two imported
    expect(filled.toRecruit.every((r) => r.count > 0)).toBe(true);
    // A name a spreadsheet would run as a formula leaves as text, behind an apostrophe.
    const staffCsv = await (await exportPlan(req(`http://localhost/api/plans/${plan.id}/export?format=csv&sheet=petugas`), routeParams({ id: String(plan.id) }))).text();
    expect(staffCsv).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(staffCsv).not.toMatch(/,"?=HYPERLINK/);
  });

  it('recognises the people of a roster posted again, also twice at once, and adds no one', async () => {
    const file = 'name,role,phone,home_village_code\nSiti,ppl,,64.71.01.1001\n"=HYPERLINK(""x"")",pml,,64.71.02.1001\n';
    const again = await importStaff(req('http://localhost/api/staff', { method: 'POST', body: file, headers: { 'content-type': 'text/csv' } }));
    expect([again.status, await again.json()]).toEqual([201, { created: 0, known: 2 }]);
    const twice = await Promise.all([1, 2].map(() => importStaff(req('http://localhost/api/staff', { method: 'POST', body: file, headers: { 'content-type': 'text/csv' } }))));
    expect(await Promise.all(twice.map(async (r) => [r.status, await r.json()]))).toEqual([[201, { created: 0, known: 2 }], [201, { created: 0, known: 2 }]]);
  });

  it('imports the same people from a plain CSV, a `;`-delimited BOM-prefixed CSV and an XLSX', async () => {
    const rows = [['name', 'role', 'phone', 'home_village_code'], ['Dewi Lestari, S.St', 'PPL', '0812 3456 7890', '65.02.04.2003'], ['Joko', 'koseka', null, '65.02.04.2003']];
    const answers: unknown[] = [];
    const rosters: unknown[] = [];
    for (const file of await fileVariants(rows)) {
      const response = await importStaff(req('http://localhost/api/staff', { method: 'POST', body: file.body, headers: { 'content-type': file.type } }));
      answers.push([file.label, response.status, await response.json()]);
      rosters.push(((await (await listStaffRoute(req('http://localhost/api/staff'))).json()) as { staff: unknown[] }).staff);
    }
    // The first file adds both (in Malinau, so no plan of Balikpapan below takes them); the others name the same two
    // people, recognised by phone, else by name and home village.
    expect(answers.map((a) => (a as unknown[]).slice(1))).toEqual([[201, { created: 2, known: 0 }], [201, { created: 0, known: 2 }], [201, { created: 0, known: 2 }]]);
    expect(JSON.stringify(rosters[0])).toContain('"Dewi Lestari, S.St"');
    expect(rosters[1]).toEqual(rosters[0]);
    expect(rosters[2]).toEqual(rosters[0]);
  });

  it('lets one of ten roster fills posted at once fill the plan', async () => {
    const { plan } = (await (await post({ areaCode: '64.71', name: 'sepuluh' })).json()) as { plan: { id: number } };
    await Promise.all(pendingAfter);
    const responses = await Promise.all(Array.from({ length: 10 }, () => fillRoster(req('http://localhost', { method: 'POST' }), routeParams({ id: String(plan.id) }))));
    const filled = await Promise.all(responses.map(async (r) => ((await r.json()) as { filled: number }).filled));
    expect(filled.sort()).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
  });

  describe('a plan whose save was cut off', () => {
    const call = (handler: (r: NextRequest, c: { params: Promise<{ id: string; slotId: string }> }) => Promise<Response>, id: number, method = 'GET') =>
      handler(req(`http://localhost/api/plans/${id}`, { method }), routeParams({ id: String(id), slotId: '1' }));
    let planId = 0;
    let version = 0;
    beforeAll(async () => {
      // POSTed, its first rows written, then the process was killed ten minutes ago.
      const { plan } = (await (await post({ areaCode: '64.71.01', name: 'terputus' })).json()) as { plan: { id: number; version: number } };
      await Promise.all(pendingAfter);
      [planId, version] = [plan.id, plan.version];
      await handle.db.update(plans).set({ status: 'saving', progressAt: sql`now() - interval '10 minutes'` }).where(eq(plans.id, planId));
    });

    it('is reported failed, with the reason as a code', async () => {
      const { plan } = (await (await call(getPlanRoute, planId)).json()) as { plan: { status: string; failure: string } };
      expect(plan).toMatchObject({ status: 'failed', failure: 'interrupted' });
    });

    it.each([
      ['slots', listSlots],
      ['one slot', getSlot],
      ['charters', listCharters],
      ['export', exportPlan],
    ] as const)('shows no %s: 409 with the status', async (_what, handler) => {
      const response = await call(handler as Parameters<typeof call>[0], planId);
      expect([response.status, await response.json()]).toEqual([409, { error: 'Rencana gagal disimpan: hapus lalu buat ulang', status: 'failed', failure: 'interrupted' }]);
    });

    it('is not filled from the roster', async () => {
      expect((await fillRoster(req('http://localhost', { method: 'POST' }), routeParams({ id: String(planId) }))).status).toBe(409);
    });

    it('is deleted by an office head whose areas hold it, with an audit entry', async () => {
      const response = await deleteRoute(req(`http://localhost/api/plans/${planId}`, { method: 'DELETE' }), routeParams({ id: String(planId) }));
      expect([response.status, await response.json()]).toEqual([200, { deleted: { id: planId, name: 'terputus', areaCode: '64.71.01', version } }]);
      expect((await call(getPlanRoute, planId)).status).toBe(404);
      const [entry] = await handle.db.select().from(auditLog).where(and(eq(auditLog.action, 'plan.delete'), eq(auditLog.entityId, String(planId))));
      expect(entry?.before).toMatchObject({ id: planId, name: 'terputus', status: 'saving' });
      expect(await handle.db.$count(planSlots, eq(planSlots.planId, planId))).toBe(0);
    });

    it('is not deleted by an office head whose areas hold only part of it', async () => {
      const province = await createPlan(handle.db, { operationId: (await handle.db.select().from(operations))[0]!.id, areaCode: '64', name: 'provinsi', params: {}, summary: planSummaryOf(), totalRows: 0 });
      const cityHead = await createUser(handle.db, { username: 'kepala-kota', name: 'Kepala kota', role: 'office_head', areaCodes: ['64.71'], password: 'kata-sandi-uji' });
      const token = (await createToken(handle.db, { userId: cityHead, name: 'uji', createdBy: null })).token;
      const response = await deleteRoute(req(`http://localhost/api/plans/${province.id}`, { method: 'DELETE', headers: bearer(token) }), routeParams({ id: String(province.id) }));
      expect(response.status).toBe(403);
      expect(await getPlan(handle.db, nationalScope, province.id)).not.toBeNull();
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// First: it mocks next/server's request-scope functions for the route handlers below.
import { actAs, pendingAfter, req, routeParams, useTestDb } from './route-env';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { operations } from '@/db/schema';
import { GET as exportArea } from '@/app/api/areas/[code]/export/route';
import { GET as getArea } from '@/app/api/areas/[code]/route';
import { GET as getPlanRoute } from '@/app/api/plans/[id]/route';
import { GET as exportPlan } from '@/app/api/plans/[id]/export/route';
import { GET as listPlansRoute, POST as createPlanRoute } from '@/app/api/plans/route';
import { POST as importStaff } from '@/app/api/staff/route';
import { POST as importWorkloads } from '@/app/api/workloads/route';
import { defaultOperationParams } from '@/lib/operations/params';
import { loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from '../db/small-frame';
import { openTestDb } from '../db/test-db';
import { bearer } from './auth-env';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

const english = { 'accept-language': 'en-US,en;q=0.9' };
const englishCookie = { cookie: 'sigap_lang=en' };
const json = (body: unknown, headers: Record<string, string> = {}) =>
  req('http://localhost/api/plans', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const errorOf = async (response: Response) => ((await response.json()) as { error: string }).error;
/** Words of the Indonesian dictionary that must not reach an English reader. */
const indonesian = /\b(wilayah|rencana|keluarga|tidak|harus|baris|kolom|peran|desa|jendela|minimum keluarga)\b/i;

describe(`refusals in the caller's language (${handle.label})`, () => {
  let planId = 0;
  beforeAll(async () => {
    const head = await createUser(handle.db, { username: 'kepala-en', name: 'Kepala uji', role: 'office_head', areaCodes: ['64', '65'], password: 'kata-sandi-uji' });
    actAs(bearer((await createToken(handle.db, { userId: head, name: 'uji', createdBy: null })).token));
    await loadAreaFrame(handle.db, smallFrame());
    await handle.db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams });
    const csv = 'village_code,families,access_mode,travel_days_one_way\n64.71.01.1001,3000,road,0\n64.71.01.1002,4000,road,0\n64.71.02.1001,150,boat,2\n';
    expect((await importWorkloads(req('http://localhost/api/workloads', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv }))).status).toBe(201);
    const response = await createPlanRoute(json({ areaCode: '64.71', name: 'dasar' }));
    planId = ((await response.json()) as { plan: { id: number } }).plan.id;
    await Promise.all(pendingAfter);
  });

  it.each([
    { case: 'rules that contradict each other', body: { areaCode: '64.71', name: 'x', params: { minDailyFamilies: 20 } }, id: 'Maksimum keluarga/hari: minimum keluarga/hari tidak boleh melebihi maksimum keluarga/hari', en: 'Maximum families/day: the minimum families/day may not exceed the maximum families/day' },
    { case: 'a village', body: { areaCode: '64.71.01.1001', name: 'x' }, id: 'Wilayah 64.71.01.1001 adalah desa/kelurahan: rencana dibuat untuk provinsi, kabupaten/kota atau kecamatan', en: 'Area 64.71.01.1001 is a village: plans are made for a province, a regency/city or a district' },
    { case: 'no name', body: { areaCode: '64.71', name: ' ' }, id: 'Nama skenario wajib diisi', en: 'Scenario name is required' },
    { case: 'an unknown strategy', body: { areaCode: '64.71', name: 'x', strategy: 'fast' }, id: 'Strategi: Pilihan tidak valid: harus salah satu dari standard, lean', en: 'Strategy: Invalid option: expected one of standard, lean' },
    { case: 'a date not in the calendar', body: { areaCode: '64.71', name: 'x', params: { windowEnd: '2022-02-30' } }, id: 'Akhir pendataan: tanggal 2022-02-30 tidak ada di kalender', en: 'Fieldwork ends: the date 2022-02-30 is not in the calendar' },
    { case: 'too many reserve days', body: { areaCode: '64.71', name: 'x', params: { reserveDays: 61 } }, id: 'Hari cadangan (kunjungan ulang): paling banyak 60', en: 'Reserve days (revisits): at most 60' },
  ])('a plan with $case: Indonesian by default, English when asked', async ({ body, id, en }) => {
    expect(await errorOf(await createPlanRoute(json(body)))).toBe(id);
    expect(await errorOf(await createPlanRoute(json(body, english)))).toBe(en);
    expect(await errorOf(await createPlanRoute(json(body, englishCookie)))).toBe(en);
    // the cookie the app's pages set wins over the browser's header
    expect(await errorOf(await createPlanRoute(json(body, { ...english, cookie: 'sigap_lang=id' })))).toBe(id);
  });

  it('refuses a bad roster line by line in English', async () => {
    const response = await importStaff(req('http://localhost/api/staff', { method: 'POST', headers: { 'content-type': 'text/csv', ...english }, body: 'name,role,phone,home_village_code\nSiti,ppl,,64.71.01.1001\nX,enumerator,,64.71.01.100\n' }));
    const body = (await response.json()) as { error: string; details: { line: number; field: string; code: string; message: string }[] };
    expect(response.status).toBe(422);
    expect(body.error).toBe('line 3, column name: Name needs at least 2 characters');
    expect(body.details.map((d) => `${d.line}:${d.field}:${d.code}: ${d.message}`)).toEqual([
      '3:name:text_too_short: Name needs at least 2 characters',
      '3:role:role_invalid: the role must be ppl, pml or koseka',
      '3:home_village_code:village_code_format: a village code looks like 64.71.01.1001',
    ]);
  });

  it.each([
    { case: 'no session', call: () => listPlansRoute(req('http://localhost/api/plans', { headers: { authorization: '', ...english } })), status: 401, en: 'Please sign in first' },
    { case: 'a malformed plan id', call: () => getPlanRoute(req('http://localhost', { headers: english }), routeParams({ id: 'abc' })), status: 422, en: 'A plan number is a positive whole number' },
    { case: 'an unknown plan', call: () => getPlanRoute(req('http://localhost', { headers: english }), routeParams({ id: '999999' })), status: 404, en: 'Plan not found' },
    { case: 'an area outside the frame', call: () => getArea(req('http://localhost', { headers: english }), routeParams({ code: '99.99' })), status: 404, en: 'Area not found' },
    { case: 'a body that is not JSON', call: () => createPlanRoute(req('http://localhost/api/plans', { method: 'POST', headers: { 'content-type': 'application/json', ...english }, body: '{' })), status: 400, en: 'The request body must be JSON' },
  ])('answers $case in English', async ({ call, status, en }) => {
    const response = await call();
    expect(response.status).toBe(status);
    const error = await errorOf(response);
    expect(error).toBe(en);
    expect(error).not.toMatch(indonesian);
  });

  it('exports the plan in Indonesian by default and in English with ?lang=en: sheet headers, roles, modes and legs', async () => {
    const csv = async (sheet: string, lang = '') => (await (await exportPlan(req(`http://localhost/api/plans/${planId}/export?format=csv&sheet=${sheet}${lang}`), routeParams({ id: String(planId) }))).text()).split('\r\n');
    expect((await csv('penugasan'))[0]).toBe('sls,desa,keluarga,ppl,nama_ppl,pml,kecamatan,keluarga_per_hari,mulai,selesai');
    expect((await csv('penugasan', '&lang=en'))[0]).toBe('sls,village,families,ppl,ppl_name,pml,district,families_per_day,start,end');
    const [idHeader, ...idLegs] = await csv('carter');
    const [enHeader, ...enLegs] = await csv('carter', '&lang=en');
    expect([idHeader, enHeader]).toEqual(['desa,kode_desa,moda,jenis,tanggal,kursi,biaya_rupiah', 'village,village_code,mode,leg,date,seats,cost_rupiah']);
    // charters pooled: the PML stays with the boat village's team, so there are no supervision legs
    expect(new Set(idLegs.filter(Boolean).map((l) => l.split(',').slice(2, 4).join(',')))).toEqual(new Set(['Perahu/speedboat,berangkat', 'Perahu/speedboat,pulang']));
    expect(new Set(enLegs.filter(Boolean).map((l) => l.split(',').slice(2, 4).join(',')))).toEqual(new Set(['Boat/speedboat,departure', 'Boat/speedboat,return']));
    const [idTrips, ...idRoutes] = await csv('perjalanan');
    const [enTrips, ...enRoutes] = await csv('perjalanan', '&lang=en');
    expect([idTrips, enTrips]).toEqual([
      'perjalanan,kecamatan,moda,jenis,berangkat,kembali,rute,jumlah_singgah,penumpang,kursi_terisi,kursi,ruas,biaya_rupiah',
      'trip,district,mode,kind,departs,returns,route,stops,travellers,seats_taken,seats,legs,cost_rupiah',
    ]);
    expect(idRoutes.filter(Boolean).every((l) => l.includes('Pangkalan →'))).toBe(true);
    expect(enRoutes.filter(Boolean).every((l) => l.includes('Base →') && !l.includes('Pangkalan'))).toBe(true);
    const staff = (await csv('petugas', '&lang=en')).join('\n');
    expect(staff.split('\n')[0]).toBe('slot,role,district,supervisor,name,families,days_on_site,families_per_day,start,end,note');
    expect(staff).toContain(',to recruit,');
    expect(staff).not.toMatch(/perlu direkrut|keluarga\/hari/);
    const schedule = (await csv('jadwal', '&lang=en')).slice(1).filter(Boolean).map((l) => l.split(',')[2]);
    expect(new Set(schedule)).toEqual(new Set(['fieldwork', 'reserve (revisits)', 'travel']));
    const refused = await exportPlan(req(`http://localhost/api/plans/${planId}/export?lang=fr`, { headers: english }), routeParams({ id: String(planId) }));
    expect([refused.status, await errorOf(refused)]).toEqual([422, 'Language: Invalid option: expected one of id, en']);
  });

  it('exports an area in Indonesian by default and in English with ?lang=en', async () => {
    const csv = async (lang = '') => (await (await exportArea(req(`http://localhost/api/areas/64.71/export${lang}`), routeParams({ code: '64.71' }))).text()).split('\r\n');
    expect((await csv()).slice(0, 2)).toEqual(['kode,nama,tingkat,sub_wilayah,sls,keluarga,keluarga_terpencil,akses', '64.71.01,Balikpapan Timur,Kecamatan,2,100,7000,0,Jalan darat']);
    expect((await csv('?lang=en')).slice(0, 3)).toEqual([
      'code,name,level,subareas,sls,families,remote_families,access',
      '64.71.01,Balikpapan Timur,District,2,100,7000,0,Road',
      '64.71.02,Balikpapan Barat,District,1,2,150,150,Boat/speedboat',
    ]);
  });
});

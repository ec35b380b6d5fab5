import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from './auth-env';
import { actAs, req, useTestDb } from './route-env';
import { GET as getCoverage } from '@/app/api/coverage/route';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { refreshAreaTargets } from '@/db/refresh-area-targets';
import { assignments, operations, planAdoptions, planSlots, plans } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';
import { defaultOperationParams } from '@/lib/operations/params';
import type { SlsWorkload } from '@/lib/workload/types';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { writeCoverageRollups } from '../db/coverage-fixture';
import { smallFrame } from '../db/small-frame';
import { openTestDb } from '../db/test-db';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

const sls = (slsCode: string, families: number): SlsWorkload => ({ slsCode, villageCode: slsCode.slice(0, 13), districtCode: slsCode.slice(0, 8), families, accessMode: 'road', travelDaysOneWay: 0, localStaff: true });
const tokens: Record<string, Record<string, string>> = {};

async function account(username: string, role: Role, areaCodes: string[]) {
  const userId = await createUser(handle.db, { username, name: username, role, areaCodes, password: 'kata-sandi-uji' });
  tokens[username] = bearer((await createToken(handle.db, { userId, name: 'uji', createdBy: null })).token);
}

interface Summary {
  code: string;
  planSource: string;
  target: number;
  completed: number;
  refused: number;
  notHome: number;
  moved: number;
  notFound: number;
  percent: number;
  pace: number;
  forecastFinish: string | null;
  plannedEnd: string | null;
  status: string;
}
type Answer = Summary & { area: { code: string; name: string; level: string }; asOf: string; daily: { date: string; planned: number; actual: number | null }[]; children: (Summary & { name: string; level: string })[] };

async function coverage(as: string, query: string): Promise<{ status: number; body: Answer & { error?: string } }> {
  actAs(tokens[as]!);
  const response = await getCoverage(req(`http://localhost/api/coverage${query}`));
  return { status: response.status, body: (await response.json()) as Answer & { error?: string } };
}

/** The headline figures of a summary in one line: target, final/percent, pace, forecast, status, source. */
const line = (s: Summary) => `${s.target} ${s.completed}/${s.refused}/${s.notHome}/${s.moved}/${s.notFound} ${s.percent}% ${s.pace}/d ${s.forecastFinish} ${s.status} ${s.planSource}`;

describe(`GET /api/coverage (${handle.label})`, () => {
  beforeAll(async () => {
    await loadAreaFrame(handle.db, smallFrame());
    // Default rules: 15 Oct .. 14 Nov, 25 working days to 8 Nov, 6 in reserve; the clock stands at 20 Oct.
    const [op] = await handle.db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams, clockDate: '2022-10-20' }).returning();
    const operationId = op!.id;
    await insertWorkloads(handle.db, operationId, [
      sls('64.71.01.1001.0001', 100),
      sls('64.71.01.1001.0002', 50),
      sls('64.71.01.1002.0001', 100),
      sls('64.71.02.1001.0001', 150),
      sls('64.71.02.1001.0002', 100),
      sls('65.02.04.2003.0001', 75),
    ]);
    await refreshAreaTargets(handle.db, operationId);
    // Kecamatan 64.71.02 has a plan in force: one PPL for both SLS, 250 families at 10 a day from 15 Oct.
    const [plan] = await handle.db.insert(plans).values({ operationId, areaCode: '64.71.02', name: 'Barat', status: 'saved', params: { ...defaultOperationParams, strategy: 'standard' } }).returning();
    const [slot] = await handle.db.insert(planSlots).values({ planId: plan!.id, label: 'PPL 64.71.02-001', role: 'ppl', districtCode: '64.71.02', families: 250, onSiteDays: 25, familiesPerDay: 10 }).returning();
    await handle.db.insert(assignments).values([
      { planId: plan!.id, slotId: slot!.id, slsCode: '64.71.02.1001.0001', families: 150 },
      { planId: plan!.id, slotId: slot!.id, slsCode: '64.71.02.1001.0002', families: 100 },
    ]);
    await handle.db.insert(planAdoptions).values({ operationId, areaCode: '64.71.02', planId: plan!.id });
    await writeCoverageRollups(handle.db, operationId, {
      '64.71.01.1001.0001 2022-10-18': { completed: 8, refused: 1 },
      '64.71.01.1001.0001 2022-10-19': { completed: 9, notHome: 2 },
      '64.71.01.1001.0001 2022-10-20': { completed: 10, moved: 1 },
      '64.71.01.1001.0001 2022-10-21': { completed: 12 }, // after the clock: a later asOf sees it
      '64.71.01.1001.0002 2022-10-19': { completed: 4, notFound: 1 },
      '64.71.01.1001.0002 2022-10-20': { completed: 5 },
      '64.71.01.1002.0001 2022-10-15': { completed: 10 },
      '64.71.01.1002.0001 2022-10-16': { completed: 10 },
      '64.71.02.1001.0001 2022-10-18': { completed: 10 },
      '64.71.02.1001.0001 2022-10-19': { completed: 11 },
      '64.71.02.1001.0001 2022-10-20': { completed: 12, refused: 1, notHome: 3 },
      '65.02.04.2003.0001 2022-10-20': { completed: 2 },
    });
    await account('pusat', 'office_head', ['ID']);
    await account('pemangku', 'stakeholder', ['64.71']);
    await account('koseka-timur', 'koseka', ['64.71.01']);
    await account('mesin', 'entry_system', ['ID']);
  });

  it('answers the country as of the clock with its provinces, every figure as computed by hand', async () => {
    const { status, body } = await coverage('pusat', '?area=ID');
    expect(status).toBe(200);
    expect([body.area, body.asOf]).toEqual([{ code: 'ID', name: 'Indonesia', level: 'nasional' }, '2022-10-20']);
    // 575 families; final 91 + 2 + 1 + 1 = 95 = 16.5 %; last 3 days 19 + 25 + 31 = 75, 25 a day; 480 left = 20
    // working days = 9 Nov, after the planned end 8 Nov. Planned: 64.71.02's plan (10 a day) + 325 linear (13 a day).
    expect(line(body)).toBe('575 91/2/5/1/1 16.5% 25/d 2022-11-09 behind mixed');
    expect(body.plannedEnd).toBe('2022-11-08');
    expect(body.daily.slice(0, 7)).toEqual([
      { date: '2022-10-15', planned: 23, actual: 10 },
      { date: '2022-10-16', planned: 46, actual: 20 },
      { date: '2022-10-17', planned: 69, actual: 20 },
      { date: '2022-10-18', planned: 92, actual: 39 },
      { date: '2022-10-19', planned: 115, actual: 64 },
      { date: '2022-10-20', planned: 138, actual: 95 },
      { date: '2022-10-21', planned: 161, actual: null },
    ]);
    expect(body.daily.at(-1)).toEqual({ date: '2022-11-14', planned: 575, actual: null });
    expect(body.children.map((c) => `${c.code} ${c.name}: ${line(c)}`)).toEqual([
      // 500 families, 93 final; 19, 25, 29 over the last 3 days = 24.3 a day; 407 left = 17 days = 6 Nov; 20 planned a day
      '64 Kalimantan Timur: 500 89/2/5/1/1 18.6% 24.3/d 2022-11-06 on_track mixed',
      // 75 linear (3 a day); 2 on the 20th: 0.67 a day, 73 left = 110 working days; under 3 on 19 and 20 Oct
      '65 Kalimantan Utara: 75 2/0/0/0/0 2.7% 0.7/d 2023-02-07 behind linear',
    ]);
    expect(body.children[0]).not.toHaveProperty('daily');
  });

  it('drills down from the kabupaten to an SLS, each level against its own plan or line', async () => {
    const regency = (await coverage('pusat', '?area=64.71&asOf=2022-10-20')).body;
    expect(line(regency)).toBe('500 89/2/5/1/1 18.6% 24.3/d 2022-11-06 on_track mixed');
    expect(regency.children.map((c) => `${c.code}: ${line(c)}`)).toEqual([
      // linear 250: 10 a day; 59 final; 39 over the last 3 days = 13 a day; 191 left = 15 days = 4 Nov; 9 < 10 only on the 18th
      '64.71.01: 250 56/1/2/1/1 23.6% 13/d 2022-11-04 on_track linear',
      // the plan: 10 a day; 34 final = 11.3 a day; 216 left = 20 days = 9 Nov, after 8 Nov
      '64.71.02: 250 33/1/3/0/0 13.6% 11.3/d 2022-11-09 behind plan',
    ]);
    const district = (await coverage('pusat', '?area=64.71.01&asOf=2022-10-20')).body;
    expect(district.daily.slice(0, 6).map((d) => `${d.planned}/${d.actual}`)).toEqual(['10/10', '20/20', '30/20', '40/29', '50/43', '60/59']);
    expect(district.children.map((c) => `${c.code}: ${line(c)}`)).toEqual([
      // 150 linear (6 a day); 9, 14, 16 = 13 a day; 111 left = 9 days = 29 Oct
      '64.71.01.1001: 150 36/1/2/1/1 26% 13/d 2022-10-29 on_track linear',
      // nothing in the last 3 days: no pace, no forecast; 0 < 4 planned on 18, 19 and 20 Oct
      '64.71.01.1002: 100 20/0/0/0/0 20% 0/d null behind linear',
    ]);
    const village = (await coverage('pusat', '?area=64.71.01.1001&asOf=2022-10-20')).body;
    expect(village.children.map((c) => `${c.code}: ${line(c)}`)).toEqual([
      // 100 linear; 9, 9, 11 = 9.7 a day; 71 left = 8 days = 28 Oct
      '64.71.01.1001.0001: 100 27/1/2/1/0 29% 9.7/d 2022-10-28 on_track linear',
      // 50 linear; 0, 5, 5 = 3.3 a day; 40 left = 12 days = 1 Nov
      '64.71.01.1001.0002: 50 9/0/0/0/1 20% 3.3/d 2022-11-01 on_track linear',
    ]);
  });

  it('splits the PPL\'s day by visiting order below the plan\'s area: the first SLS is planned to 29 Oct, the second after', async () => {
    const village = (await coverage('pusat', '?area=64.71.02.1001&asOf=2022-10-20')).body;
    expect(line(village)).toBe('250 33/1/3/0/0 13.6% 11.3/d 2022-11-09 behind plan');
    expect(village.children.map((c) => `${c.code}: ${line(c)} ${c.plannedEnd}`)).toEqual([
      // families 0..150 of the PPL's 250 at 10 a day: 15 Oct .. 29 Oct; 34 final = 11.3 a day; 116 left = 11 days = 31 Oct
      '64.71.02.1001.0001: 150 33/1/3/0/0 22.7% 11.3/d 2022-10-31 behind plan 2022-10-29',
      // families 150..250: 30 Oct .. 8 Nov; nothing planned yet, nothing done
      '64.71.02.1001.0002: 100 0/0/0/0/0 0% 0/d null on_track plan 2022-11-08',
    ]);
    const one = (await coverage('pusat', '?area=64.71.02.1001.0001&asOf=2022-10-20')).body;
    expect(one.daily.slice(13, 16).map((d) => `${d.date} ${d.planned}`)).toEqual(['2022-10-28 140', '2022-10-29 150', '2022-10-30 150']);
    expect(one.children).toEqual([]);
  });

  it('counts only records up to asOf', async () => {
    // as of 18 Oct: 10 + 10 + 9 final = 29; 10, 0, 9 over 16-18 Oct = 6.3 a day; 221 left = 35 days = 22 Nov
    expect(line((await coverage('pusat', '?area=64.71.01&asOf=2022-10-18')).body)).toBe('250 28/1/0/0/0 11.6% 6.3/d 2022-11-22 behind linear');
    // as of 21 Oct the 12 completed that day count too: 56 + 12
    expect((await coverage('pusat', '?area=64.71.01&asOf=2022-10-21')).body.completed).toBe(68);
  });

  it('defaults to the viewer\'s first area and the operation\'s today, and leaves out children outside the viewer\'s areas', async () => {
    const own = await coverage('pemangku', '');
    expect([own.status, own.body.area.code, own.body.asOf, own.body.target]).toEqual([200, '64.71', '2022-10-20', 500]);
    // A KOSEKA of 64.71.01 sees the kabupaten's way down to their kecamatan, not the other one.
    const koseka = await coverage('koseka-timur', '?area=64.71');
    expect([koseka.status, koseka.body.children.map((c) => c.code)]).toEqual([200, ['64.71.01']]);
    const country = await coverage('pemangku', '?area=ID');
    expect(country.body.children.map((c) => c.code)).toEqual(['64']);
  });

  it('gives no figures per person', async () => {
    const { body } = await coverage('pemangku', '?area=64.71.02');
    expect(JSON.stringify(body)).not.toMatch(/ppl|staff|slot|name":"PPL/i);
  });

  it.each([
    // who              query                                  status  message
    ['pemangku', '?area=64.71.02.1001.0001&asOf=2022-10-20', 200, undefined],
    ['pemangku', '?area=65.02', 403, 'Wilayah 65.02 di luar wilayah kerja Anda'],
    ['koseka-timur', '?area=64.71.02', 403, 'Wilayah 64.71.02 di luar wilayah kerja Anda'],
    ['mesin', '?area=64.71', 403, 'Peran Anda tidak berwenang untuk ini'],
    ['pusat', '?area=64.71.09', 404, 'Wilayah 64.71.09 tidak ditemukan'],
    ['pusat', '?area=64.7', 422, 'Kode wilayah tidak valid: "64.7" (contoh: ID, 64, 64.71, 64.71.01.1001)'],
    ['pusat', '?area=ID&asOf=2022-02-30', 422, 'tanggal 2022-02-30 tidak ada di kalender'],
    ['pusat', '?area=ID&asOf=20-10-2022', 422, 'tanggal harus berbentuk YYYY-MM-DD'],
    ['pusat', '?area=ID&asOf=2022-12-16', 422, 'tanggal 2022-12-16 di luar rentang operasi (2022-09-14 s.d. 2022-12-15)'],
  ])('%s %s: %s', async (who, query, status, message) => {
    const answer = await coverage(who, query);
    expect([answer.status, answer.body.error]).toEqual([status, message]);
  });

  it('answers 409, not 500, when the operation\'s rules leave no working day', async () => {
    const [broken] = await handle.db.insert(operations).values({ name: 'Rusak', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: { ...defaultOperationParams, reserveDays: 31 } }).returning();
    try {
      const answer = await coverage('pusat', '?area=64.71');
      expect([answer.status, answer.body.error]).toEqual([409, 'Cakupan tidak dapat dihitung: aturan operasi tidak menyisakan hari kerja']);
    } finally {
      await handle.db.delete(operations).where(eq(operations.id, broken!.id));
    }
  });

  it('never reads interviews: the answer is the same with the interview tables gone', async () => {
    const before = await coverage('pusat', '?area=64.71&asOf=2022-10-20');
    await handle.db.execute(sql`alter table interviews rename to interviews_gone`);
    await handle.db.execute(sql`alter table interview_families rename to interview_families_gone`);
    try {
      const after = await coverage('pusat', '?area=64.71&asOf=2022-10-20');
      expect(after).toEqual(before);
    } finally {
      await handle.db.execute(sql`alter table interviews_gone rename to interviews`);
      await handle.db.execute(sql`alter table interview_families_gone rename to interview_families`);
    }
  });
});

import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import './route-env';
import { useTestDb, req, actAs } from './route-env';
import { bearer } from './auth-env';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { POST as importWorkloads } from '@/app/api/workloads/route';
import { listWorkloads } from '@/db/queries/workloads';
import { areaTargets, operations } from '@/db/schema';
import { defaultOperationParams } from '@/lib/operations/params';
import { insertWorkloads, loadAreaFrame } from '@/seeds/seed-database';
import { smallFrame } from '../db/small-frame';
import { openTestDb } from '../db/test-db';
import { fileVariants } from './file-variants';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

const post = (csv: string) => importWorkloads(req('http://localhost/api/workloads', { method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } }));
const header = 'village_code,sls_code,families,access_mode,travel_days_one_way,local_staff';

describe(`importing an office's workload CSV (${handle.label})`, () => {
  let operationId = 0;
  let auth: Record<string, string> = {};
  beforeAll(async () => {
    // An office head over both provinces of the small frame, acting through a bearer token.
    const head = await createUser(handle.db, { username: 'kepala-uji', name: 'Kepala uji', role: 'office_head', areaCodes: ['64', '65'], password: 'kata-sandi-uji' });
    actAs((auth = bearer((await createToken(handle.db, { userId: head, name: 'uji', createdBy: null })).token)));
    await loadAreaFrame(handle.db, smallFrame());
    const [op] = await handle.db.insert(operations).values({ name: 'Uji', areaCode: 'ID', windowStart: '2022-10-15', windowEnd: '2022-11-14', params: defaultOperationParams }).returning();
    operationId = op!.id;
    await insertWorkloads(handle.db, operationId, [
      { slsCode: '64.71.01.1001.0001', villageCode: '64.71.01.1001', districtCode: '64.71.01', families: 500, accessMode: 'road', travelDaysOneWay: 0, localStaff: true },
      { slsCode: '64.71.02.1001.0001', villageCode: '64.71.02.1001', districtCode: '64.71.02', families: 300, accessMode: 'road', travelDaysOneWay: 0, localStaff: true },
    ]);
  });

  it('refuses a file with an unknown village or a bad field, naming line and column, and changes nothing', async () => {
    const response = await post(`${header}\n64.71.01.1001,,210,road,0,yes\n64.71.09.9999,,100,road,0,\n64.71.01.1002,,-5,kapal,x,maybe\n`);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; details: { line: number; field: string }[] };
    expect(body.error).toContain('baris 3');
    expect(body.details.map((d) => `${d.line}:${d.field}`)).toEqual(expect.arrayContaining(['3:village_code', '4:families', '4:access_mode']));
    expect((await listWorkloads(handle.db, operationId, '64.71.01')).map((w) => w.families)).toEqual([500]);
  });

  it('refuses a NUL byte in a code with its line and column, not a 500', async () => {
    const response = await post(`${header}\n\u0000,\u0000,\u0000,\u0000,\u0000,\u0000\n`);
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: string }).error).toContain('baris 2');
  });

  it('lists at most the first 100 bad fields of a file of bad rows, with their number', async () => {
    // 5 MB of bad rows to POST /api/staff gave a 191 MB answer (and the server 2 GB) listing every one.
    const response = await post(`${header}\n${'x,y,z,w,v,u\n'.repeat(5_000)}`);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: string; details: { line: number }[]; errorCount: number };
    expect(body.error).toContain('baris 2');
    expect(body.details).toHaveLength(100);
    expect(body.details.at(-1)?.line).toBeLessThan(100);
    expect(body.errorCount).toBeGreaterThanOrEqual(1_000);
  });

  it('replaces the named villages whole and leaves the others', async () => {
    // 210 families and no SLS codes: split into 3 generated SLS of ~70
    const response = await post(`${header}\n64.71.01.1001,,210,road,0,yes\n65.02.04.2003,65.02.04.2003.0001,90,plane,2,\n`);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ villages: 2, sls: 4 });
    const manggar = await listWorkloads(handle.db, operationId, '64.71.01.1001');
    expect(manggar).toHaveLength(3);
    expect(manggar.reduce((s, w) => s + w.families, 0)).toBe(210);
    const [longSule] = await listWorkloads(handle.db, operationId, '65.02.04.2003');
    expect(longSule).toMatchObject({ accessMode: 'plane', travelDaysOneWay: 2, localStaff: false });
    expect((await listWorkloads(handle.db, operationId, '64.71.02')).map((w) => w.families)).toEqual([300]);
    // Coverage's targets follow the import.
    const targets = new Map((await handle.db.select().from(areaTargets)).map((t) => [t.areaCode, t.families]));
    expect([targets.get('64.71.01.1001'), targets.get('65.02.04.2003'), targets.get('ID')]).toEqual([210, 90, 210 + 90 + 300]);
  });

  it('runs six imports of one village at once one after the other: all succeed, the last one stands whole', async () => {
    // Import k gives Manggar Baru k + 1 SLS of 100 + k families each.
    const files = Array.from({ length: 6 }, (_, k) => `${header}\n${Array.from({ length: k + 1 }, (_, s) => `64.71.01.1002,64.71.01.1002.${String(s + 1).padStart(4, '0')},${100 + k},road,0,yes`).join('\n')}\n`);
    const responses = await Promise.all(files.map((file) => post(file)));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const village = await listWorkloads(handle.db, operationId, '64.71.01.1002');
    const k = village.length - 1;
    expect(village.map((w) => w.families)).toEqual(Array.from({ length: k + 1 }, () => 100 + k));
  });

  it('answers 400 for an empty body', async () => {
    expect((await post('')).status).toBe(400);
  });

  it('reads the body as bytes: latin-1 is refused naming its line (not stored as U+FFFD), text/plain is 415', async () => {
    const latin1 = Buffer.from(`${header}\n64.71.01.1001,,210,road,0,yes\n64.71.01.1001,64.71.01.1001.0001,9\xe9,road,0,yes\n`, 'latin1');
    const refused = await importWorkloads(new NextRequest('http://localhost/api/workloads', { method: 'POST', body: latin1, headers: { ...auth, 'content-type': 'text/csv' } }));
    expect([refused.status, ((await refused.json()) as { error: string }).error]).toEqual([422, 'baris 3: berkas bukan UTF-8 (byte 0xE9); simpan ulang sebagai "CSV UTF-8"']);
    const plain = await importWorkloads(req('http://localhost/api/workloads', { method: 'POST', body: `${header}\n64.71.01.1001,,99,road,0,yes\n`, headers: { 'content-type': 'text/plain' } }));
    expect(plain.status).toBe(415);
    expect((await listWorkloads(handle.db, operationId, '64.71.01.1001')).reduce((s, w) => s + w.families, 0)).toBe(210);
  });

  it('imports the same rows from a plain CSV, a `;`-delimited BOM-prefixed CSV and an XLSX of typed cells', async () => {
    const rows = [
      header.split(','),
      ['64.71.01.1001', null, 210, 'road', 0, 'yes'], // split into generated SLS
      ['64.71.02.1001', '64.71.02.1001.0001', 120, 'Boat', 1, 'tidak'],
      ['65.02.04.2003', '65.02.04.2003.0001', 90, 'plane', 2, null],
    ];
    const reset = `${header}\n64.71.01.1001,,1,road,0,yes\n64.71.02.1001,,1,road,0,yes\n65.02.04.2003,,1,road,0,yes\n`;
    const stored: unknown[] = [];
    for (const file of await fileVariants(rows)) {
      expect((await post(reset)).status).toBe(201);
      const response = await importWorkloads(req('http://localhost/api/workloads', { method: 'POST', body: file.body, headers: { 'content-type': file.type } }));
      expect([file.label, response.status, await response.json()]).toEqual([file.label, 201, { villages: 3, sls: 5 }]);
      stored.push([...(await listWorkloads(handle.db, operationId, '64')), ...(await listWorkloads(handle.db, operationId, '65'))]);
    }
    expect(stored[0]).toContainEqual({ slsCode: '64.71.02.1001.0001', villageCode: '64.71.02.1001', districtCode: '64.71.02', families: 120, accessMode: 'boat', travelDaysOneWay: 1, localStaff: false, accessKnown: true });
    expect(stored[1]).toEqual(stored[0]);
    expect(stored[2]).toEqual(stored[0]);
  });
});

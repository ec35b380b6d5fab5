import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from './route-env';
import { bearer } from './auth-env';
import { POST as importRoute } from '@/app/api/interviews/import/route';
import { POST as internalImport } from '@/app/api/internal/interviews/route';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { readSecrets } from '@/db/secrets';
import { coverageDaily, coveragePplDaily, interviewFamilies, interviews } from '@/db/schema';
import { importInterviews } from '@/db/use-cases/import-interviews';
import { submitInterviews } from '@/db/use-cases/submit-interviews';
import { createIntakeFixture, readRollups, recountRollups, record } from '../db/intake-fixture';
import { openTestDb } from '../db/test-db';
import { day } from '../db/files/workbook-of';
import { fileVariants } from './file-variants';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

let fx: Awaited<ReturnType<typeof createIntakeFixture>>;
let head: Record<string, string> = {};
const header = 'id,sls_code,ppl_id,visited_on,outcome,family_size,family_ref';
const line = (r: Record<string, unknown>) => [r.id, r.slsCode, r.pplId, r.visitedOn, r.outcome, r.familySize ?? '', r.familyRef ?? ''].join(',');
const rec = (change: Record<string, unknown> = {}) => record({ pplId: fx.agus, ...change });

async function post(csv: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
  const response = await importRoute(new Request('http://localhost/api/interviews/import', { method: 'POST', headers: { 'content-type': 'text/csv', ...head, ...headers }, body: csv }));
  return { status: response.status, body: (await response.json()) as { error?: string; details?: { line: number; field: string; message: string }[]; records?: number; accepted?: number; duplicates?: number } };
}
const stored = () => handle.db.$count(interviews);
// Stored as the app would store it: with the app's family hash key, so the file's copy is the same record.
const submitAsApp = (records: unknown[]) => submitInterviews(handle.db, { ...fx.context, familyHashKey: readSecrets().familyHashKey, records });

describe(`importing interview records from CSV (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createIntakeFixture(handle.db);
    const user = await createUser(handle.db, { username: 'kepala', name: 'Kepala', role: 'office_head', areaCodes: ['64.71'], password: 'kata-sandi-kepala' });
    head = bearer((await createToken(handle.db, { userId: user, name: 'uji', createdBy: null })).token);
  });
  beforeEach(async () => {
    for (const table of [interviews, interviewFamilies, coverageDaily, coveragePplDaily]) await handle.db.delete(table);
  });

  it('imports a file whole, counting records already stored as duplicates', async () => {
    const before = rec({ familyRef: 'KK-9', outcome: 'not_home' });
    await submitAsApp([before]);
    const later = rec({ familyRef: 'KK-9', visitedOn: '2022-10-24' });
    const answer = await post(`${header}\n${line(before)}\n${line(later)}\n${line(rec({ familySize: 5 }))}\n`);
    expect(answer).toEqual({ status: 200, body: { records: 3, accepted: 2, duplicates: 1 } });
    expect(await readRollups(handle.db, fx.operation.id)).toEqual(await recountRollups(handle.db, fx.operation.id));
    expect((await readRollups(handle.db, fx.operation.id)).areas.filter((l) => l.startsWith('ID '))).toEqual(['ID 2022-10-20 completed 1', 'ID 2022-10-24 completed 1']);
  });

  it('refuses a file with any bad line, naming every one with its column, and writes nothing', async () => {
    const reused = rec();
    await submitAsApp([reused]);
    const csv = [
      header,
      line(rec()),
      line(rec({ slsCode: '64.71.01.1001.0099' })), // 3: not in the frame
      line({ ...reused, outcome: 'refused' }), // 4: the id is taken by other content
      `${randomUUID()},64.71.01.1001.0001,${fx.agus}`, // 5: too few columns
      line(rec({ slsCode: '65.02.04.2003.0001' })), // 6: outside the head's areas
      line(rec({ pplId: 'tujuh' })), // 7
      line(rec({ familySize: 0 })), // 8
    ].join('\n');
    const answer = await post(csv);
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatch(/^baris 3, kolom sls_code: SLS ini tidak ada dalam kerangka operasi; tidak ada yang disimpan$/);
    expect(answer.body.details!.map((d) => `${d.line}:${d.field}`)).toEqual(['3:sls_code', '4:id', '5:ppl_id', '6:sls_code', '7:ppl_id', '8:family_size']);
    expect(await stored()).toBe(1);
    expect((await readRollups(handle.db, fx.operation.id)).areas.filter((l) => l.startsWith('ID '))).toEqual(['ID 2022-10-20 completed 1']);
  });

  it.each([
    ['not CSV', 'x', { 'content-type': 'application/json' }, 415],
    ['an empty file', '', {}, 400],
    ['a header without rows', `${header}\n`, {}, 422],
    ['an unknown column', 'id,sls_code,ppl_id,visited_on,outcome,kk\n', {}, 422],
  ])('refuses %s', async (_what, csv, headers, status) => {
    expect((await post(csv, headers)).status).toBe(status);
    expect(await stored()).toBe(0);
  });

  it('imports the same records from a plain CSV, a `;`-delimited BOM-prefixed CSV and an XLSX of typed cells', async () => {
    const [a, b, c] = [rec({ familySize: 4, familyRef: '6471010101010001' }), rec({ outcome: 'not_home', visitedOn: '2022-10-24' }), rec({ slsCode: '64.71.02.1001.0001', pplId: fx.sari, familySize: 12 })];
    const rows = [header.split(','), ...[a, b, c].map((r) => [r.id, r.slsCode, r.pplId, day(String(r.visitedOn)), r.outcome, r.familySize ?? null, r.familyRef ?? null] as (string | number | Date | null)[])];
    const answers: unknown[] = [];
    for (const file of await fileVariants(rows)) answers.push([file.label, await post(file.body, { 'content-type': file.type })]);
    // The same ids with the same content count as duplicates; any difference (a date read as 44858, 4.0 for 4) would be a conflict.
    expect(answers).toEqual([
      ['plain CSV', { status: 200, body: { records: 3, accepted: 3, duplicates: 0 } }],
      ['Excel CSV (BOM, `;`, CRLF)', { status: 200, body: { records: 3, accepted: 0, duplicates: 3 } }],
      ['XLSX', { status: 200, body: { records: 3, accepted: 0, duplicates: 3 } }],
    ]);
    expect(await stored()).toBe(3);
  });

  it('lists at most the first 100 bad lines of a file, with their number', async () => {
    const answer = await post(`${header}\n${Array.from({ length: 150 }, () => line(rec({ familySize: 99 }))).join('\n')}\n`);
    expect([answer.status, answer.body.details!.length, (answer.body as { errorCount?: number }).errorCount]).toEqual([422, 100, 150]);
  });

  it('words the rules in English for an English client', async () => {
    const answer = await post(`${header}\n${line(rec({ visitedOn: '2022-10-01' }))}\n`, { 'accept-language': 'en' });
    expect(answer.body.details).toEqual([{ line: 2, field: 'visited_on', message: 'the visit is before the fieldwork window (which starts 2022-10-15)' }]);
  });

  it('goes in chunks inside one transaction: progress per chunk, a bad record in the last chunk undoes the first', async () => {
    const progress: string[] = [];
    const good = Array.from({ length: 25 }, (_, i) => rec({ familyRef: `KK-${i % 7}`, visitedOn: `2022-10-${16 + (i % 9)}`, outcome: i % 4 ? 'completed' : 'not_home' }));
    const refused = await importInterviews(handle.db, { ...fx.context, records: [...good, rec({ visitedOn: '2022-12-01' })], chunkSize: 10, onProgress: (d, t) => void progress.push(`${d}/${t}`) });
    expect(refused).toEqual({ ok: false, conflicts: [], rejected: [expect.objectContaining({ index: 25, code: 'visit_after_window' })] });
    expect(progress).toEqual(['10/26', '20/26', '26/26']);
    expect(await stored()).toBe(0);
    expect(await readRollups(handle.db, fx.operation.id)).toEqual({ areas: [], ppl: [] });
    expect(await importInterviews(handle.db, { ...fx.context, records: [...good, good[3]], chunkSize: 10 })).toEqual({ ok: true, accepted: 25, duplicates: 1 });
    const rollups = await readRollups(handle.db, fx.operation.id);
    expect(rollups).toEqual(await recountRollups(handle.db, fx.operation.id));
    expect(rollups.areas.filter((l) => l.startsWith('ID ')).reduce((s, l) => s + Number(l.split(' ').at(-1)), 0)).toBe(7);
  });

  it.each([
    ['no key', {}],
    ['a wrong key', { 'x-sigap-cli-key': 'x'.repeat(43) }],
    ['a bearer token instead of the key', { authorization: 'Bearer sgp_anything' }],
  ])('keeps the CLI door shut with %s', async (_what, headers) => {
    process.env.SIGAP_CLI_KEY = 'k'.repeat(43);
    try {
      const response = await internalImport(new Request('http://localhost/api/internal/interviews', { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body: `${header}\n${line(rec())}\n` }));
      expect(response.status).toBe(401);
      expect(await stored()).toBe(0);
    } finally {
      delete process.env.SIGAP_CLI_KEY;
    }
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useTestDb } from './route-env';
import { bearer } from './auth-env';
import { POST as submitRoute } from '@/app/api/interviews/route';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { coverageDaily, coveragePplDaily, interviewFamilies, interviews } from '@/db/schema';
import { createIntakeFixture, readRollups, recountRollups, record } from '../db/intake-fixture';
import { openTestDb } from '../db/test-db';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

let fx: Awaited<ReturnType<typeof createIntakeFixture>>;
let entrySystem: Record<string, string> = {};
const rec = (change: Record<string, unknown> = {}) => record({ pplId: fx.agus, ...change });

type Answer = { accepted: number; duplicates: number; conflicts: { index: number; id: string; reason: string }[]; rejected: { index: number; id: string | null; field: string; code: string; reason: string }[]; error?: string };

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Answer; text: string }> {
  const response = await submitRoute(
    new Request('http://localhost/api/interviews', { method: 'POST', headers: { 'content-type': 'application/json', ...entrySystem, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) }),
  );
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Answer, text };
}

describe(`POST /api/interviews (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createIntakeFixture(handle.db);
    const user = await createUser(handle.db, { username: 'capi', name: 'Sistem entri CAPI', role: 'entry_system', areaCodes: ['64.71'], password: 'kata-sandi-capi' });
    entrySystem = bearer((await createToken(handle.db, { userId: user, name: 'uji', createdBy: null })).token);
  });
  beforeEach(async () => {
    for (const table of [interviews, interviewFamilies, coverageDaily, coveragePplDaily]) await handle.db.delete(table);
  });

  it.each([
    ['not JSON', '{"records": [', {}, 400],
    ['a form', 'records=1', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['no records', {}, {}, 422],
    ['an empty batch', { records: [] }, {}, 422],
    ['records that are not a list', { records: { id: 1 } }, {}, 422],
    ['5,001 records', { records: Array.from({ length: 5001 }, () => ({})) }, {}, 422],
    ['a key beside records', { records: [{}], operation: 2 }, {}, 422],
    ['a 3 MB body', { records: [{ familyRef: 'x'.repeat(3_000_000) }] }, {}, 413],
  ])('refuses %s whole (%j) and writes nothing', async (_what, body, headers, status) => {
    const answer = await post(body, headers);
    expect(answer.status).toBe(status);
    expect(answer.body.error).toEqual(expect.any(String));
    expect(await handle.db.$count(interviews)).toBe(0);
  });

  it('answers every record in one of the four lists, with the rule in Indonesian', async () => {
    const first = rec();
    const records = [first, first, { ...first, outcome: 'refused' }, rec({ slsCode: '65.02.04.2003.0001' }), rec({ familySize: 31 }), rec({ visitedOn: '2022-10-29' })];
    const answer = await post({ records });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ accepted: 1, duplicates: 1 });
    expect(answer.body.conflicts).toEqual([{ index: 2, id: first.id, code: 'id_conflict', reason: expect.stringContaining('rekaman pertama') }]);
    expect(answer.body.rejected.map((r) => [r.index, r.field, r.code, r.reason])).toEqual([
      [3, 'slsCode', 'sls_outside_scope', 'SLS ini di luar wilayah kerja Anda'],
      [4, 'familySize', 'bad_family_size', 'familySize harus bilangan bulat 1-30'],
      [5, 'visitedOn', 'visit_in_future', 'tanggal kunjungan sesudah hari ini (2022-10-28)'],
    ]);
  });

  it.each([
    [{ 'accept-language': 'en-US,en;q=0.9' }, 'the visit is after today (2022-10-28)'],
    [{ 'accept-language': 'en', cookie: 'sigap_lang=id' }, 'tanggal kunjungan sesudah hari ini (2022-10-28)'],
  ])('words rejections in the caller\'s language (%j)', async (headers, reason) => {
    const answer = await post({ records: [rec({ visitedOn: '2022-11-01' })] }, headers);
    expect(answer.body.rejected[0]?.reason).toBe(reason);
  });

  it('never returns a family reference', async () => {
    const answer = await post({ records: [rec({ familyRef: '6471010101010001' }), rec({ familyRef: '6471010101010002', pplId: 123_456 }), rec({ familyRef: '6471010101010003', familySize: 0 })] });
    expect(answer.body.accepted).toBe(1);
    expect(answer.text).not.toContain('64710101010100');
  });

  it('leaves the roll-ups equal to a recount after the same batch five times at once and overlapping batches', async () => {
    const make = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => rec({ id: randomUUID(), familyRef: `KK-${(i * 5 + seed) % 60}`, visitedOn: `2022-10-${16 + ((i + seed) % 10)}`, outcome: ['not_home', 'completed', 'refused'][(i + seed) % 3], slsCode: fx.slsCodes[(i + seed) % 5], pplId: i % 3 ? fx.agus : fx.sari }));
    const same = make(400, 0);
    const answers = await Promise.all([...Array.from({ length: 5 }, () => post({ records: same })), post({ records: make(300, 1) }), post({ records: make(300, 2) })]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect(answers.slice(0, 5).reduce((s, a) => s + a.body.accepted, 0)).toBe(400);
    expect(answers.slice(0, 5).reduce((s, a) => s + a.body.duplicates, 0)).toBe(1600);
    expect(await readRollups(handle.db, fx.operation.id)).toEqual(await recountRollups(handle.db, fx.operation.id));
  });
});

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bearer } from './auth-env';
import { actAs, jsonRequest, req, routeParams, useTestDb } from './route-env';
import { GET as getAudit } from '@/app/api/audit/route';
import { GET as getAssignments } from '@/app/api/plans/[id]/assignments/route';
import { POST as applyDropout } from '@/app/api/plans/[id]/dropouts/apply/route';
import { POST as proposeDropout } from '@/app/api/plans/[id]/dropouts/route';
import { GET as getMonitoring } from '@/app/api/plans/[id]/monitoring/route';
import { POST as postMove } from '@/app/api/plans/[id]/moves/route';
import { GET as getSuggestions } from '@/app/api/plans/[id]/moves/suggestions/route';
import { createToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { auditLog, slotDropouts } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';
import { createReassignmentFixture, resetShares, type ReassignmentFixture } from '../db/reassignment-fixture';
import { openTestDb } from '../db/test-db';

const handle = await openTestDb();
useTestDb(handle);
afterAll(() => handle.close());

let fx: ReassignmentFixture;
const tokens: Record<string, Record<string, string>> = {};
const sls1 = '64.71.01.1001.0001';

async function account(username: string, role: Role, areaCodes: string[], staffId: number | null = null) {
  const userId = await createUser(handle.db, { username, name: `Uji ${username}`, role, areaCodes, password: 'kata-sandi-uji', staffId });
  tokens[username] = bearer((await createToken(handle.db, { userId, name: 'uji', createdBy: null })).token);
}

const params = () => routeParams({ id: String(fx.planId) });
const body = async (response: Response) => ({ status: response.status, json: (await response.json()) as Record<string, unknown> & { error?: string } });
const move = async (as: string, payload: unknown, headers: Record<string, string> = {}) => {
  actAs({ ...tokens[as]!, ...headers });
  return body(await postMove(jsonRequest(`/api/plans/${fx.planId}/moves`, payload), params()));
};
const get = async (as: string, route: (r: ReturnType<typeof req>, p: ReturnType<typeof params>) => Promise<Response>, path: string) => {
  actAs(tokens[as]!);
  return route(req(`http://localhost${path}`), params());
};

describe(`the coordinator workspace over HTTP (${handle.label})`, () => {
  beforeAll(async () => {
    fx = await createReassignmentFixture(handle.db);
    await account('koseka', 'koseka', ['64.71.01']);
    await account('pml-a', 'pml', ['64.71.01'], fx.staffIds.pmlA);
    await account('pml-b', 'pml', ['64.71.01'], fx.staffIds.pmlB);
    await account('kepala', 'office_head', ['64.71']);
  });
  beforeEach(async () => {
    await resetShares(handle.db, fx);
  });

  it('lists the shares of an SLS with their versions, as far as the viewer may see', async () => {
    const rows = await (await get('koseka', getAssignments, `/api/plans/${fx.planId}/assignments?sls=${sls1}`)).json();
    expect(rows).toEqual([{ slsCode: sls1, slotId: fx.slots.a1, slotLabel: 'PPL 64.71.01-001', families: 70, version: 1, doneFamilies: 30, familiesLeft: 40 }]);
    expect(await (await get('pml-b', getAssignments, `/api/plans/${fx.planId}/assignments?sls=${sls1}`)).json()).toEqual([]);
    const bad = await body(await get('koseka', getAssignments, `/api/plans/${fx.planId}/assignments?sls=64.71.01`));
    expect([bad.status, bad.json.error]).toEqual([422, 'kode SLS harus berbentuk 64.71.01.1001.0001']);
  });

  it('moves, answering the new rows and both PPL from today', async () => {
    const { status, json } = await move('pml-a', { slsCode: sls1, fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, version: 1, families: 10 });
    expect(status).toBe(200);
    expect(Object.keys(json).sort()).toEqual(['auditId', 'families', 'from', 'ok', 'overridden', 'rows', 'to']);
    expect((json.rows as { slotId: number; families: number; version: number }[]).map((r) => [r.slotId, r.families, r.version])).toEqual([[fx.slots.a1, 60, 2], [fx.slots.a2, 10, 2]]);
    expect(json.to).toMatchObject({ slotId: fx.slots.a2, label: 'PPL 64.71.01-002', staffName: 'Petugas a2', remainingFamilies: 90, workingDaysLeft: 12, dailyTargetFamilies: 7.5, unscheduledFamilies: 0 });
    expect((json.to as { schedule: unknown[] }).schedule[0]).toEqual({ date: '2022-10-28', kind: 'work', families: 7, slsCodes: ['64.71.01.1001.0001'] });
  });

  it.each([
    ['a stale version', { version: 7 }, {}, 409, 'Penugasan SLS 64.71.01.1001.0001 sudah diubah orang lain; muat ulang lalu coba lagi'],
    ['a receiver pushed past the maximum', { slsCode: '64.71.01.1002.0001', fromSlotId: 'b1', toSlotId: 'a1', families: 80 }, {}, 422, 'Target harian PPL penerima menjadi 15 keluarga/hari, di atas batas 14; kirim override: true dengan catatan bila tetap ingin memindahkan'],
    ['the same, in English', { slsCode: '64.71.01.1002.0001', fromSlotId: 'b1', toSlotId: 'a1', families: 80 }, { 'accept-language': 'en' }, 422, 'The receiving PPL\'s daily target would become 15 families a day, above the maximum of 14; send override: true with a note to move it anyway'],
    ['an override without a note', { slsCode: '64.71.01.1002.0001', fromSlotId: 'b1', toSlotId: 'a1', families: 80, override: true }, {}, 422, 'Override wajib disertai catatan alasannya'],
    ['a note of two lines', { override: true, note: 'a\nb' }, {}, 422, 'Catatan memuat karakter kendali U+000A yang tidak diizinkan'],
    ['an unknown field', { slot: 1 }, {}, 422, 'Kunci tidak dikenal: slot'],
    ['a PPL of another team (PML B)', {}, { as: 'pml-b' }, 404, 'Petugas tidak ditemukan dalam rencana ini'],
  ] as const)('refuses %s and writes nothing', async (_what, change, headers, status, error) => {
    const resolved = Object.fromEntries(Object.entries(change).map(([k, v]) => [k, typeof v === 'string' && v in fx.slots ? fx.slots[v as keyof typeof fx.slots] : v]));
    const { as = 'koseka', ...sent } = headers as Record<string, string>;
    const answer = await move(as, { slsCode: sls1, fromSlotId: fx.slots.a1, toSlotId: fx.slots.a2, version: 1, ...resolved }, sent);
    expect([answer.status, answer.json.error]).toEqual([status, error]);
    if (status === 409) expect(answer.json).toMatchObject({ code: 'stale_version', rows: [{ slotId: fx.slots.a1, version: 1 }] });
    if (error.includes('14')) expect(answer.json).toMatchObject({ code: 'over_max_daily', newFamiliesPerDay: 15, maxDailyFamilies: 14 });
    expect(await handle.db.$count(auditLog)).toBe(0);
  });

  it('refuses a body that is not JSON with 415', async () => {
    actAs(tokens.koseka!);
    const response = await postMove(req(`http://localhost/api/plans/${fx.planId}/moves`, { method: 'POST', body: 'slsCode=1' }), params());
    expect(response.status).toBe(415);
  });

  it('suggests receivers of the viewer\'s scope: same village first, each with its spare capacity and new daily target', async () => {
    const response = await get('koseka', getSuggestions, `/api/plans/${fx.planId}/moves/suggestions?sls=${sls1}&from=${fx.slots.a1}`);
    const json = (await response.json()) as { families: number; familiesLeft: number; version: number; suggestions: { slotId: number; tier: string; spareFamilies: number; newFamiliesPerDay: number; familiesPerDay: number; overMax: boolean }[] };
    expect([json.families, json.familiesLeft, json.version]).toEqual([40, 40, 1]);
    // a2 (same village): 168 - 80 = 88 spare, (80 + 40) / 12 = 10; b1 (other team): 68 spare, 140 / 12 = 11.7
    expect(json.suggestions.map((s) => [s.slotId, s.tier, s.spareFamilies, s.familiesPerDay, s.newFamiliesPerDay, s.overMax])).toEqual([[fx.slots.a2, 'village', 88, 6.7, 10, false], [fx.slots.b1, 'district', 68, 8.3, 11.7, false]]);
    const pml = (await (await get('pml-a', getSuggestions, `/api/plans/${fx.planId}/moves/suggestions?sls=${sls1}&from=${fx.slots.a1}&families=90`)).json()) as typeof json;
    expect(pml.suggestions.map((s) => [s.slotId, s.overMax])).toEqual([[fx.slots.a2, true]]);
    expect((await get('pml-b', getSuggestions, `/api/plans/${fx.planId}/moves/suggestions?sls=${sls1}&from=${fx.slots.a1}`)).status).toBe(404);
  });

  it('proposes a dropout without writing, then applies the proposal as it came', async () => {
    actAs(tokens.koseka!);
    const dropout = { slotId: fx.slots.a1, from: '2022-10-27', reason: 'resigned', note: 'pindah kerja' };
    const proposed = await body(await proposeDropout(jsonRequest(`/api/plans/${fx.planId}/dropouts`, dropout), params()));
    expect(proposed.status).toBe(200);
    const proposal = proposed.json.proposal as { moves: unknown[]; versions: Record<string, number>; recruit: unknown; unplacedFamilies: number };
    expect([proposal.moves.length, proposal.unplacedFamilies, proposal.recruit]).toEqual([2, 0, null]);
    expect(await handle.db.$count(slotDropouts)).toBe(0);
    const applied = await body(await applyDropout(jsonRequest(`/api/plans/${fx.planId}/dropouts/apply`, { ...dropout, moves: proposal.moves, versions: proposal.versions }), params()));
    expect([applied.status, applied.json.moved, (applied.json.ppl as unknown[]).length]).toEqual([200, 100, 3]);
    const again = await body(await applyDropout(jsonRequest(`/api/plans/${fx.planId}/dropouts/apply`, { ...dropout, moves: [], versions: {} }), params()));
    expect([again.status, again.json.error, again.json.code]).toEqual([409, 'PPL ini sudah tercatat mundur', 'already_dropped_out']);
    const late = await body(await proposeDropout(jsonRequest(`/api/plans/${fx.planId}/dropouts`, { ...dropout, slotId: fx.slots.b1, from: '2022-11-01' }), params()));
    expect([late.status, late.json.error]).toEqual([422, 'Tanggal mundur tidak boleh sesudah hari ini (2022-10-28)']);
    // b1 now also holds the 60 of a1's 64.71.01.1001.0002 (at version 2)
    const partial = await body(await applyDropout(jsonRequest(`/api/plans/${fx.planId}/dropouts/apply`, { ...dropout, slotId: fx.slots.b1, moves: [], versions: { '64.71.01.1002.0001': 1 } }), params()));
    expect([partial.status, partial.json.error]).toEqual([422, 'Versi penugasan SLS 64.71.01.1001.0002 wajib dikirim di versions']);
    const versions = { '64.71.01.1001.0002': 2, '64.71.01.1002.0001': 1 };
    const unplaced = await body(await applyDropout(jsonRequest(`/api/plans/${fx.planId}/dropouts/apply`, { ...dropout, slotId: fx.slots.b1, moves: [{ slsCode: '64.71.01.1002.0001', toSlotId: fx.slots.a2, families: 40 }], versions }), params()));
    expect([unplaced.status, unplaced.json.error, unplaced.json.familiesLeft]).toEqual([422, 'Masih ada 60 keluarga SLS 64.71.01.1001.0002 yang belum dipindahkan', 60]);
  });

  it('answers Pemantauan for the viewer\'s PPL, and refuses a kecamatan code that is not one', async () => {
    const json = (await (await get('pml-a', getMonitoring, `/api/plans/${fx.planId}/monitoring`)).json()) as { asOf: string; ppl: { label: string; status: string; daily: unknown[] }[]; teams: unknown[]; kecamatan: unknown[] };
    expect([json.asOf, json.ppl.map((p) => p.label), json.teams.length, json.kecamatan.length]).toEqual(['2022-10-28', ['PPL 64.71.01-002', 'PPL 64.71.01-001'], 1, 1]);
    const bad = await get('kepala', getMonitoring, `/api/plans/${fx.planId}/monitoring?kecamatan=64.71`);
    expect([bad.status, ((await bad.json()) as { error: string }).error]).toEqual([422, 'Kode kecamatan tidak valid (contoh: 64.71.01)']);
  });

  it('exports the log as formula-safe CSV, and hides the log of a PPL the viewer cannot see', async () => {
    await move('koseka', { slsCode: sls1, fromSlotId: fx.slots.a1, toSlotId: fx.slots.b1, version: 1, families: 2, note: '=1+1' });
    const csv = await get('koseka', (r) => getAudit(r), `/api/audit?sls=${sls1}&format=csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    const [header, line] = text.split('\r\n');
    expect(header).toBe('waktu,pengguna,tindakan,kecamatan,rencana,sls,petugas,catatan,sebelum,sesudah');
    expect(line).toContain(`,Uji koseka,assignment.move,64.71.01,${fx.planId},${sls1},PPL 64.71.01-001 | PPL 64.71.01-003,'=1+1,`);
    const json = (await (await get('koseka', (r) => getAudit(r), `/api/audit?ppl=${fx.slots.b1}`)).json()) as { entries: { action: string }[]; truncated: boolean };
    expect([json.entries.map((e) => e.action), json.truncated]).toEqual([['assignment.move'], false]);
    expect((await get('pml-a', (r) => getAudit(r), `/api/audit?ppl=${fx.slots.b1}`)).status).toBe(404);
    const none = await get('koseka', (r) => getAudit(r), '/api/audit');
    expect([none.status, ((await none.json()) as { error: string }).error]).toEqual([422, 'Sebutkan tepat satu dari ppl, sls atau kecamatan']);
  });
});

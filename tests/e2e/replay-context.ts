import { expect } from './harness';
import { Client, parseJson } from './replay-http';

/** What the replay's cases share: its identities, the plan it saved, and the targets its probes aim at. */
export interface ReplayContext {
  /** the office head by session cookie, by bearer token; a PPL and a stakeholder by cookie */
  kepala: Client;
  machine: Client;
  ppl: Client;
  pemantau: Client;
  /** the entry system's bearer token */
  entri: Client;
  planId: number;
  slsCode: string;
  /** a village of the office head's region whose workload the probes may replace */
  village: string;
  /** a token of the office head's that probes may try to revoke */
  tokenId: number;
}

/** Balikpapan Timur, where the demo's KOSEKA, PML and PPL work: the replay plans it. */
export const kecamatan = '64.71.01';

/** Signs the probe identities in, makes their tokens, and saves the plan the probes read. */
export async function prepare(ctx: ReplayContext, url: string) {
  ctx.kepala = await new Client(url, '198.51.100.201').signIn('kepala');
  ctx.ppl = await new Client(url, '198.51.100.202').signIn('ppl');
  ctx.pemantau = await new Client(url, '198.51.100.203').signIn('pemantau');
  ctx.machine = new Client(url, '198.51.100.204');
  ctx.machine.bearer = await newToken(ctx.kepala, 'kepala');
  ctx.entri = new Client(url, '198.51.100.205');
  ctx.entri.bearer = await newToken(ctx.kepala, 'entri');
  const created = await ctx.machine.json('POST', '/api/tokens', { username: 'entri', name: 'replay korban' });
  ctx.tokenId = parseJson<{ id: number }>(created).id;
  ctx.planId = await savedPlan(ctx.kepala, kecamatan, 'Replay Balikpapan Timur');
  const village = parseJson<{ children: { code: string }[] }>(await ctx.kepala.get(`/api/areas/${kecamatan}.1001`));
  ctx.slsCode = village.children[0]!.code;
  const kota = parseJson<{ children: { code: string }[] }>(await ctx.kepala.get('/api/areas/64.71.02'));
  ctx.village = kota.children.at(-1)!.code;
}

async function newToken(kepala: Client, username: string): Promise<string> {
  const reply = await kepala.json('POST', '/api/tokens', { username, name: `replay ${username}` });
  expect(reply.status === 201, `token for ${username}: ${reply.status} ${reply.text}`);
  return parseJson<{ token: string }>(reply).token;
}

/** Plans an area (with the scenario's rule overrides) and waits until its rows are saved; the plan's id. */
export async function savedPlan(client: Client, areaCode: string, name: string, params?: Record<string, number>): Promise<number> {
  const reply = await client.json('POST', '/api/plans', { areaCode, name, ...(params ? { params } : {}) });
  expect(reply.status === 202, `planning ${areaCode}: ${reply.status} ${reply.text}`);
  const id = parseJson<{ plan: { id: number } }>(reply).plan.id;
  await waitSaved(client, id);
  return id;
}

/** Waits until a plan's rows are saved (three minutes at most). */
export async function waitSaved(client: Client, id: number) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const { plan } = parseJson<{ plan: { status: string } }>(await client.get(`/api/plans/${id}`));
    if (plan.status === 'saved') return;
    expect(plan.status === 'saving', `plan ${id} ended ${plan.status}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`plan ${id} still saving after 180 s`);
}

/** How many items a list answer holds. */
export const countOf = async (client: Client, path: string, key: string) => parseJson<Record<string, unknown[]>>(await client.get(path))[key]!.length;

/** What a foreign or refused write could change: the lists an office head reads, and the target token. */
export async function snapshot(ctx: ReplayContext) {
  const [staff, plans, tokens, workload] = await Promise.all([
    countOf(ctx.kepala, '/api/staff', 'staff'),
    ctx.kepala.get('/api/plans').then((r) => parseJson<{ plans: { id: number; status: string }[] }>(r).plans.map((p) => `${p.id}:${p.status}`).join(',')),
    ctx.kepala.get('/api/tokens').then((r) => parseJson<{ tokens: { id: number; revokedAt: string | null }[] }>(r).tokens.map((t) => `${t.id}:${t.revokedAt ? 'x' : 'ok'}`).join(',')),
    ctx.kepala.get(`/api/areas/${ctx.village}`).then((r) => r.text),
  ]);
  const held = parseJson<{ slots: { staffId: number | null }[] }>(await ctx.kepala.get(`/api/plans/${ctx.planId}/slots`)).slots.filter((s) => s.staffId !== null).length;
  return { staff, plans, tokens, workload, held };
}

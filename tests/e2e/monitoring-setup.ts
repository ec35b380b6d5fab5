import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from './harness';

/** Balikpapan Timur: the demo KOSEKA's and PML's kecamatan. */
export const kecamatan = '64.71.01';

type Ppl = { slotId: number; staffId: number | null; outsideAssignmentRecords: number; staffName: string | null; pmlSlotId: number | null; status: string; remainingFamilies: number; doneFamilies: number; dailyTargetFamilies: number; daily: { date: string; planned: number; actual: number | null }[]; shares: { slsCode: string; villageCode: string; families: number; familiesLeft: number; version: number }[] };
export type MonitoringAnswer = { asOf: string; ppl: Ppl[]; teams: { pmlSlotId: number | null; pmlName: string | null; pplCount: number }[]; kecamatan: { doneFamilies: number }[] };
type PlanRow = { id: number; areaCode: string; status: string; adopted: boolean };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const first = ['Ahmad', 'Budi', 'Citra', 'Dewi', 'Eko', 'Fitri', 'Gilang', 'Hana', 'Indra', 'Joko', 'Kartika', 'Lestari', 'Made', 'Nur', 'Putri', 'Rizki', 'Sari', 'Taufik', 'Wahyu', 'Yanti'];
const last = ['Pratama', 'Saputra', 'Wijaya', 'Hidayat', 'Nugroho', 'Santoso', 'Kurniawan', 'Rahmawati', 'Siregar', 'Tanjung', 'Syahputra', 'Utami', 'Halim', 'Manurung', 'Sitompul'];
const personName = (i: number) => `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}${i >= first.length * last.length ? ` ${Math.floor(i / 300) + 1}` : ''}`;

/** JSON calls as the signed-in user of `page` (same origin, as the app's own pages send them). */
export function apiOf(page: Page, url: string) {
  const headers = { origin: url };
  const check = async <T>(what: string, response: Awaited<ReturnType<Page['request']['get']>>): Promise<T> => {
    expect(response.ok(), `${what}: ${response.status()} ${(await response.text()).slice(0, 300)}`);
    return (await response.json()) as T;
  };
  return {
    get: async <T>(path: string) => check<T>(`GET ${path}`, await page.request.get(`${url}${path}`, { headers })),
    post: async <T>(path: string, data?: unknown) => check<T>(`POST ${path}`, await page.request.post(`${url}${path}`, { headers, data: data ?? {} })),
    csv: async <T>(path: string, text: string) => check<T>(`POST ${path}`, await page.request.post(`${url}${path}`, { headers: { ...headers, 'content-type': 'text/csv' }, data: text })),
  };
}

/** The plan in force over Balikpapan Timur: the deepest adopted plan holding it, else the newest saved Balikpapan plan adopted now (planned first when there is none). */
async function planInForce(api: ReturnType<typeof apiOf>): Promise<number> {
  const holds = (p: PlanRow) => [kecamatan, '64.71', '64', 'ID'].includes(p.areaCode);
  const { plans } = await api.get<{ plans: PlanRow[] }>('/api/plans');
  const adopted = plans.filter((p) => holds(p) && p.adopted).sort((a, b) => b.areaCode.length - a.areaCode.length)[0];
  if (adopted) return adopted.id;
  let plan = plans.find((p) => (p.areaCode === '64.71' || p.areaCode === kecamatan) && p.status === 'saved');
  if (!plan) {
    const { plan: created } = await api.post<{ plan: { id: number } }>('/api/plans', { areaCode: '64.71', name: 'Kota Balikpapan (pemantauan)' });
    for (let waited = 0; ; waited++) {
      const { plan: now } = await api.get<{ plan: PlanRow }>(`/api/plans/${created.id}`);
      if (now.status === 'saved') break;
      expect(now.status === 'saving' && waited < 300, `Balikpapan plan ${now.status}`);
      await sleep(1000);
    }
    plan = { id: created.id, areaCode: '64.71', status: 'saved', adopted: false };
  }
  await api.post(`/api/plans/${plan.id}/adopt`);
  return plan.id;
}

/** A roster for the kecamatan's open slots (people living in the villages they work in), then the plan's fill. */
async function staff(api: ReturnType<typeof apiOf>, planId: number, m: MonitoringAnswer) {
  const openPpl = m.ppl.filter((p) => p.staffId === null);
  const openPml = m.teams.filter((t) => t.pmlSlotId !== null && t.pmlName === null).length;
  const rows = [
    ...openPpl.map((p, i) => `${personName(i)},ppl,,${p.shares[0]?.villageCode ?? `${kecamatan}.1001`}`),
    // the demo PML (Rina Wulandari) takes the first open PML slot of the kecamatan: one PML fewer
    ...Array.from({ length: Math.max(0, openPml - 1) }, (_, i) => `${personName(openPpl.length + i)},pml,,${kecamatan}.1001`),
  ];
  if (rows.length > 0) await api.csv('/api/staff', `name,role,phone,home_village_code\n${rows.join('\n')}\n`);
  await api.post(`/api/plans/${planId}/roster`);
}

/** Families each PPL has done by today: a share of what their plan says by today, 30% to 115%, so they differ in pace. */
function interviewsFor(m: MonitoringAnswer) {
  const factors = [0.3, 0.55, 0.75, 0.9, 1.0, 1.1, 0.85, 1.15, 0.65, 0.95];
  const records: { id: string; slsCode: string; pplId: number; visitedOn: string; outcome: string; familySize: number }[] = [];
  const staffed = m.ppl.filter((p) => p.staffId !== null);
  const days = (p: Ppl) => p.daily.filter((d, j) => d.date <= m.asOf && d.planned > (p.daily[j - 1]?.planned ?? 0));
  staffed.forEach((p, i) => {
    const workDays = days(p);
    const plannedByToday = p.daily.filter((d) => d.date <= m.asOf).at(-1)?.planned ?? 0;
    const total = Math.round(plannedByToday * factors[i % factors.length]!);
    const slots = p.shares.flatMap((s) => Array.from({ length: s.families }, () => s.slsCode));
    for (let k = 0; k < Math.min(total, slots.length) && workDays.length > 0; k++) {
      // spread evenly over their working days so far: pace and progress both follow the factor
      const day = workDays[Math.min(workDays.length - 1, Math.floor((k * workDays.length) / Math.max(total, 1)))]!.date;
      records.push({ id: randomUUID(), slsCode: slots[k]!, pplId: p.staffId!, visitedOn: day, outcome: k % 23 === 0 ? 'refused' : 'completed', familySize: 1 + (k % 6) });
    }
  });
  // A few PPL also record families in a neighbour's SLS: flagged "outside assignment", credited to them.
  staffed.forEach((p, i) => {
    const neighbour = staffed[i + 1]?.shares[0];
    if (i % 7 !== 3 || !neighbour || days(p).length === 0) return;
    for (let k = 0; k < 2; k++) records.push({ id: randomUUID(), slsCode: neighbour.slsCode, pplId: p.staffId!, visitedOn: days(p).at(-1)!.date, outcome: 'completed', familySize: 3 });
  });
  return records;
}

/**
 * What the monitoring cases need, made through the API as the office head when the demo lacks it: a Balikpapan
 * plan in force, its Balikpapan Timur slots staffed (the demo PML leading a team), and interview records by which
 * the PPL differ in progress. With a demo that already holds all of it (a simulated month), nothing is written.
 */
export async function ensureMonitoringState(page: Page, url: string): Promise<{ planId: number }> {
  const api = apiOf(page, url);
  const planId = await planInForce(api);
  const read = () => api.get<MonitoringAnswer>(`/api/plans/${planId}/monitoring?kecamatan=${kecamatan}`);
  let m = await read();
  if (m.ppl.some((p) => p.staffId === null) || !m.teams.some((t) => t.pmlName === 'Rina Wulandari')) {
    await staff(api, planId, m);
    m = await read();
  }
  expect(m.teams.some((t) => t.pmlName === 'Rina Wulandari'), 'the demo PML should lead a team of the plan in force');
  if ((m.kecamatan[0]?.doneFamilies ?? 0) === 0) {
    const records = interviewsFor(m);
    for (let i = 0; i < records.length; i += 5000) {
      const answer = await api.post<{ accepted: number; rejected: unknown[] }>('/api/interviews', { records: records.slice(i, i + 5000) });
      expect(answer.rejected.length === 0, `interviews rejected: ${JSON.stringify(answer.rejected.slice(0, 3))}`);
    }
  }
  return { planId };
}

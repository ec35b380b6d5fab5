import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { demoAccounts, demoPassword, type DemoAccount } from '../../lib/auth/demo-accounts';
import { decide, mayDo, type Action, type Viewer } from '../../lib/auth/permissions';
import { scopeOf } from '../../lib/auth/scope';
import { visibleSlots, type SlotRef } from '../../lib/auth/visible-slots';
import { expect } from './harness';

/**
 * The permission matrix over pages, without a browser: every page file under app/ is requested as every demo
 * account (inside its areas and outside them) and anonymously, and the status must be what lib/auth/permissions.ts
 * says: 200 when the role may and the thing is in scope, 403 when the role may not, 403 or 404 out of scope, and a
 * redirect to /masuk for nobody. A page file without an entry here fails the run.
 */

const appDir = path.resolve(import.meta.dirname, '../../app');

interface Probe {
  path: string;
  /** the area the page shows: outside the viewer's areas it answers 403 or 404 */
  areaCode?: string;
  /** the area may instead hold one of the viewer's (a city-wide plan for a KOSEKA) */
  overlap?: boolean;
  /** visibility beyond areas (one PPL's schedule): false answers 403 or 404 */
  visibleTo?: (account: DemoAccount) => boolean;
  /** text the page must hold when it answers 200 */
  shows?: string;
}

interface Fixtures {
  planIn: { id: number; areaCode: string };
  planOut: { id: number; areaCode: string };
  /** PPL slots of planIn: one of the demo PML's team (when the roster fill placed her) and one of another team */
  ppl: { slot: SlotRef; visibleTo: (account: DemoAccount) => boolean }[];
}

/** Every page route with the action its page checks and what to ask it; the keys are the folders under app/. */
const pages: Record<string, { action: Action | 'public'; probes: (f: Fixtures) => Probe[] }> = {
  '/': { action: 'operation.read', probes: () => [{ path: '/' }] },
  '/masuk': { action: 'public', probes: () => [{ path: '/masuk' }] },
  '/cakupan': {
    action: 'coverage.read',
    probes: () => [
      { path: '/cakupan' },
      ...['64.71', '64.71.01.1001', '65.02', '11.01'].map((code) => ({ path: `/cakupan?area=${code}`, areaCode: code, overlap: true, shows: 'coverage-cards' })),
    ],
  },
  '/pemantauan': { action: 'monitoring.read', probes: () => [{ path: '/pemantauan' }] },
  '/pemantauan/log': {
    action: 'audit.read',
    probes: ({ planIn, ppl }) => [
      { path: `/pemantauan/log?kecamatan=${planIn.areaCode}`, areaCode: planIn.areaCode, shows: 'audit-log' },
      { path: '/pemantauan/log?kecamatan=65.04.01', areaCode: '65.04.01', shows: 'audit-log' },
      { path: `/pemantauan/log?sls=${planIn.areaCode}.1001.0001`, areaCode: `${planIn.areaCode}.1001.0001`, shows: 'audit-log' },
      // One PPL's log: as their schedule, the PML sees her own team's only.
      ...ppl.map(({ slot, visibleTo }) => ({ path: `/pemantauan/log?ppl=${slot.id}`, areaCode: planIn.areaCode, overlap: true, visibleTo, shows: 'audit-log' })),
    ],
  },
  '/perencanaan': { action: 'plan.read', probes: () => [{ path: '/perencanaan' }] },
  '/perencanaan/banding': {
    action: 'plan.read',
    probes: ({ planIn, planOut }) => [
      { path: `/perencanaan/banding?a=${planIn.id}&b=${planIn.id}`, areaCode: planIn.areaCode, overlap: true, shows: 'compare-table' },
      // plans of different areas: said plainly, not compared figure by figure
      { path: `/perencanaan/banding?a=${planIn.id}&b=${planOut.id}`, areaCode: planOut.areaCode, overlap: true, shows: 'compare-areas-differ' },
    ],
  },
  '/perencanaan/[id]': {
    action: 'plan.read',
    probes: ({ planIn, planOut, ppl }) => [
      { path: `/perencanaan/${planIn.id}`, areaCode: planIn.areaCode, overlap: true, shows: 'district-table' },
      { path: `/perencanaan/${planOut.id}`, areaCode: planOut.areaCode, overlap: true, shows: 'district-table' },
      { path: `/perencanaan/${planIn.id}?kecamatan=${planIn.areaCode}`, areaCode: planIn.areaCode, overlap: true },
      // One PPL's schedule: the PML sees her own team's, never another team's (the API's slot rule).
      ...ppl.map(({ slot, visibleTo }) => ({ path: `/perencanaan/${planIn.id}?ppl=${slot.id}`, areaCode: planIn.areaCode, overlap: true, visibleTo, shows: 'schedule-table' })),
    ],
  },
  // Tugas saya: the PPL's own assignment; coordinators who may read PPL slots are pointed to Pemantauan.
  '/tugas-saya': { action: 'slot.read', probes: () => [{ path: '/tugas-saya' }] },
  '/petugas': { action: 'staff.read', probes: () => [{ path: '/petugas' }] },
  '/wilayah': { action: 'area.read', probes: () => [{ path: '/wilayah' }, { path: '/wilayah?q=Manggar' }] },
  '/wilayah/[code]': {
    action: 'area.read',
    probes: () => ['64.71', '64.71.01.1001', '65.02', '11.01'].map((code) => ({ path: `/wilayah/${code}`, areaCode: code, overlap: true, shows: 'area-table' })),
  },
};

/** Page routes under app/: folders holding a page.tsx, without route groups or private folders. */
export function listPageRoutes(dir = appDir, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === 'page.tsx' ? [prefix || '/'] : [];
    if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name === 'api') return [];
    const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
    return listPageRoutes(path.join(dir, entry.name), `${prefix}${segment}`);
  });
}

/** The action a page file passes to requirePage, or 'public' when it calls none. */
function actionInPage(route: string): string {
  const file = path.join(appDir, ...route.split('/').filter(Boolean), 'page.tsx');
  return /requirePage\('([\w.]+)'/.exec(readFileSync(file, 'utf8'))?.[1] ?? 'public';
}

type Expected = { statuses: number[]; location?: string };

/** What lib/auth/permissions.ts says a probe answers for an account, or for nobody. */
function expectedFor(action: Action | 'public', probe: Probe, account: DemoAccount | null): Expected {
  if (action === 'public') return account ? { statuses: [303, 307], location: '/' } : { statuses: [200] };
  if (!account) return { statuses: [303, 307], location: '/masuk' };
  const viewer: Viewer = { userId: '', username: account.username, name: account.name, role: account.role, areaCodes: account.areaCodes, staffId: null };
  if (!mayDo(viewer, action)) return { statuses: [403] };
  const areaAllowed = probe.areaCode === undefined || decide({ viewer, action, areaCode: probe.areaCode, overlap: probe.overlap }) === 'allowed';
  if (!areaAllowed || (probe.visibleTo && !probe.visibleTo(account))) return { statuses: [403, 404] };
  return { statuses: [200] };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Signs in over HTTP as the sign-in form does (same origin as the app). Each account comes from its own address behind
 * the proxy the e2e app declares, as its real user would, so the sign-in limit counts them apart.
 */
async function signIn(url: string, username: string): Promise<string> {
  const address = `192.0.2.${[...username].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 250}`;
  for (let attempt = 0; attempt < 5; attempt++) {
    const response = await fetch(`${url}/api/auth/sign-in/username`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ username, password: demoPassword }),
    });
    if (response.status === 429) {
      await sleep((Number(response.headers.get('x-retry-after')) || 15) * 1000 + 500);
      continue;
    }
    expect(response.ok, `sign-in as ${username}: ${response.status} ${await response.text()}`);
    return response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  }
  throw new Error(`sign-in as ${username}: still rate-limited`);
}

/** The page matrix's cases, in order: set-up (sign-ins, plans, roster fill), the file check, one case per page, bad parameters. */
export function pagesMatrixCases(url: string) {
  const cookies = new Map<string, string>();
  let fixtures: Fixtures | undefined;
  const as = (username: string, init: RequestInit = {}) => ({ ...init, redirect: 'manual' as const, headers: { origin: url, cookie: cookies.get(username)!, ...init.headers } });
  const json = async <T>(username: string, pathname: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${url}${pathname}`, as(username, init));
    const text = await response.text();
    expect(response.ok, `${init.method ?? 'GET'} ${pathname} as ${username}: ${response.status} ${text.slice(0, 200)}`);
    return JSON.parse(text) as T;
  };
  const createPlan = async (areaCode: string, name: string) => {
    const body = JSON.stringify({ areaCode, name });
    const { plan } = await json<{ plan: { id: number } }>('kepala', '/api/plans', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    for (let waited = 0; waited < 300; waited++) {
      const { plan: now } = await json<{ plan: { status: string } }>('kepala', `/api/plans/${plan.id}`);
      if (now.status === 'saved') return { id: plan.id, areaCode };
      expect(now.status === 'saving', `plan of ${areaCode} ended ${now.status}`);
      await sleep(1000);
    }
    throw new Error(`plan of ${areaCode} still saving after 5 minutes`);
  };

  const run = async (route: string) => {
    expect(fixtures, 'the set-up case failed');
    const entry = pages[route]!;
    const failures: string[] = [];
    for (const probe of entry.probes(fixtures)) {
      for (const account of [null, ...demoAccounts]) {
        const who = account?.username ?? 'anonymous';
        const response = await fetch(`${url}${probe.path}`, account ? as(account.username) : { redirect: 'manual' });
        const want = expectedFor(entry.action, probe, account);
        const body = await response.text();
        const location = response.headers.get('location');
        if (!want.statuses.includes(response.status)) failures.push(`${probe.path} as ${who}: ${response.status}, expected ${want.statuses.join(' or ')}`);
        else if (want.location && new URL(location ?? '', url).pathname !== want.location) failures.push(`${probe.path} as ${who}: redirected to ${location}, expected ${want.location}`);
        else if (response.status === 200 && probe.shows && !body.includes(`data-testid="${probe.shows}"`)) failures.push(`${probe.path} as ${who}: 200 without ${probe.shows}`);
      }
    }
    expect(failures.length === 0, `\n      ${failures.join('\n      ')}`);
  };

  return [
    {
      name: 'page matrix set-up: every demo account signs in over HTTP; plans inside and outside the field roles\' areas',
      fn: async () => {
        for (const account of demoAccounts) cookies.set(account.username, await signIn(url, account.username));
        const [planIn, planOut] = [await createPlan('64.71.01', 'matriks halaman: dalam'), await createPlan('65.04', 'matriks halaman: luar')];
        // The roster fill places the demo PML (and PPL) in the plan, so she has a team whose schedules she may see.
        await json('kepala', `/api/plans/${planIn.id}/roster`, { method: 'POST' });
        type Slot = SlotRef & { staffName: string | null };
        const { slots } = await json<{ slots: Slot[] }>('kepala', `/api/plans/${planIn.id}/slots`);
        const staffIdOf = (account: DemoAccount) => slots.find((s) => account.roster && s.staffName === account.roster.name)?.staffId ?? null;
        const sees = (slot: SlotRef) => (account: DemoAccount) =>
          visibleSlots(scopeOf({ role: account.role, areaCodes: account.areaCodes, staffId: staffIdOf(account) }), slots).some((s) => s.id === slot.id);
        const pml = demoAccounts.find((a) => a.role === 'pml')!;
        const pplSlots = slots.filter((s) => s.role === 'ppl');
        const own = pplSlots.find((s) => sees(s)(pml));
        const other = pplSlots.find((s) => !sees(s)(pml));
        expect(own, `the roster fill should give ${pml.roster?.name} a team in ${planIn.areaCode}`);
        expect(other, 'a PPL of another team');
        fixtures = { planIn, planOut, ppl: [own, other].map((slot) => ({ slot, visibleTo: sees(slot) })) };
      },
    },
    {
      name: 'every page file under app/ has a page matrix entry naming the action the page checks',
      fn: async () => {
        const found = listPageRoutes().sort();
        expect(JSON.stringify(found) === JSON.stringify(Object.keys(pages).sort()), `pages ${found.join(', ')} vs entries ${Object.keys(pages).sort().join(', ')}`);
        for (const route of found) expect(actionInPage(route) === pages[route]!.action, `${route} checks ${actionInPage(route)}, its entry says ${pages[route]!.action}`);
      },
    },
    ...Object.keys(pages).map((route) => ({ name: `page ${route}: every demo role inside and outside its areas, and anonymous`, fn: () => run(route) })),
    {
      name: 'bad page parameters answer 404 or the page with a message, never a 500',
      fn: async () => {
        expect(fixtures, 'the set-up case failed');
        const plan = fixtures.planIn.id;
        const probes: [string, number[]][] = [
          ['/wilayah/64.71.01.1001.0001', [200]],
          ['/wilayah?q=%00', [200]],
          ['/wilayah?q=a&q=b', [200]],
          ['/wilayah/%00', [404]],
          ['/wilayah/%E0%A4%A', [400, 404]],
          ['/wilayah/99.99', [404]],
          ['/perencanaan/99999999999', [404]],
          ['/perencanaan/%00', [404]],
          ['/perencanaan/-1', [404]],
          [`/perencanaan/${plan}?kecamatan=%00`, [200]],
          [`/perencanaan/${plan}?kecamatan=64.71.01'--`, [200]],
          [`/perencanaan/${plan}?ppl=abc`, [404]],
          [`/perencanaan/${plan}?ppl=99999999999`, [404]],
          [`/perencanaan/${plan}?ppl=%00`, [404]],
          ['/perencanaan/banding?a=99999999999&b=1', [200]],
          ['/perencanaan/banding?a=%00', [200]],
          ['/petugas?kecamatan=%00', [200]],
          ['/petugas?halaman=-1&peran=camat&q=%00', [200]],
          ['/petugas?rencana=abc', [404]],
          ['/petugas?rencana=99999999999', [404]],
          ['/masuk?lanjut=%00', [307]],
        ];
        const failures: string[] = [];
        for (const [pathname, statuses] of probes) {
          const response = await fetch(`${url}${pathname}`, as('kepala'));
          if (!statuses.includes(response.status)) failures.push(`${pathname}: ${response.status}, expected ${statuses.join(' or ')}`);
        }
        expect(failures.length === 0, `\n      ${failures.join('\n      ')}`);
      },
    },
  ];
}

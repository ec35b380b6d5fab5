import { expect } from './harness';
import { countOf, kecamatan, prepare, savedPlan, snapshot, waitSaved, type ReplayContext } from './replay-context';
import { Client, parseJson, Probes, send, type Reply } from './replay-http';
import { probeCases } from './replay-probes';

/**
 * Issue 7 replayed against a running app: every example the issue gives (except the save killed mid-way, tested in
 * tests/db/plan-lifecycle.test.ts), sent as a hostile or careless client would, then the lists read again. Each case
 * collects every problem before failing, so one run names them all. Works on a fresh app or after the other e2e
 * cases (it counts before and after rather than assuming an empty roster).
 */
export function replayCases(url: string) {
  const ctx = {} as ReplayContext;
  return [
    { name: 'replay: probe identities sign in, and a plan of Balikpapan Timur is saved', fn: () => prepare(ctx, url) },
    ...issueCases(ctx, url),
    ...probeCases(ctx, url),
    {
      name: 'replay: probes sent per route',
      fn: async () => {
        const byRoute = new Map<string, number>();
        for (const [key, n] of Probes.counts) byRoute.set(key.split(' ')[1]!, (byRoute.get(key.split(' ')[1]!) ?? 0) + n);
        for (const [route, n] of [...byRoute].sort()) console.log(`      ${String(n).padStart(4)}  ${route}`);
        console.log(`      ${String([...byRoute.values()].reduce((a, b) => a + b, 0)).padStart(4)}  in all`);
      },
    },
  ];
}

/** The examples of issue 7, one case per part of it. */
function issueCases(ctx: ReplayContext, url: string) {
  const localhost = `localhost:${new URL(url).port}`;
  return [
    {
      name: 'replay: signing out at 127.0.0.1 and at localhost ends the session',
      fn: async () => {
        const probes = new Probes();
        for (const [xff, host] of [['198.51.100.211', new URL(url).host], ['198.51.100.212', localhost]] as const) {
          const koseka = await new Client(url, xff).signIn('koseka', host);
          const at = { host, origin: `http://${host}` };
          await probes.check('GET /api/me', `signed in at ${host}`, koseka.get('/api/me', at), 200);
          await probes.check('POST /api/auth/[...all]', `sign-out at ${host}`, koseka.json('POST', '/api/auth/sign-out', {}, at), 200);
          await probes.check('GET /api/me', `after sign-out at ${host}`, koseka.get('/api/me', at), 401);
        }
        probes.settle('sign-out');
      },
    },
    {
      name: 'replay: a forged X-Forwarded-For from an undeclared client does not reset the sign-in limit',
      fn: async () => {
        const statuses: number[] = [];
        for (let i = 0; i < 7; i++) {
          const reply = await send(url, {
            method: 'POST',
            path: '/api/auth/sign-in/username',
            localAddress: '127.0.0.78',
            headers: { 'content-type': 'application/json', origin: url, 'x-forwarded-for': `203.0.113.${100 + i}` },
            body: JSON.stringify({ username: 'pml', password: 'tebakan-salah' }),
          });
          statuses.push(reply.status);
        }
        expect(statuses.slice(0, 5).every((s) => s === 401) && statuses.at(-1) === 429, `statuses ${statuses.join(',')}`);
      },
    },
    {
      name: 'replay: after sign-in the app redirects only to its own paths',
      fn: async () => {
        const probes = new Probes();
        const targets = ['/%5Cevil.example', '//evil.example', '/%5C%5Cevil.example', '%2F%2Fevil.example', '/%09/evil.example', 'https://evil.example', '/%2F%2Fevil.example', 'javascript:alert(1)', '/%C3%A9', '/perencanaan'];
        for (const target of targets) {
          const reply = await probes.check('PAGE /masuk', `lanjut=${target}`, ctx.kepala.get(`/masuk?lanjut=${target}`), [307, 303, 302]);
          const location = new URL(String(reply.headers.location ?? ''), url);
          probes.expect(location.origin === url, `lanjut=${target} went to ${reply.headers.location}`);
        }
        const twice = await probes.check('PAGE /masuk', 'lanjut twice', ctx.kepala.get('/masuk?lanjut=/perencanaan&lanjut=//evil.example'), [307, 303, 302]);
        probes.expect(new URL(String(twice.headers.location), url).origin === url, `two lanjut went to ${twice.headers.location}`);
        probes.settle('redirects');
      },
    },
    {
      name: 'replay: other sites cannot write with the cookie (and nothing they sent lands)',
      fn: async () => {
        const probes = new Probes();
        const before = await snapshot(ctx);
        const evil = { origin: 'http://evil.example', 'content-type': 'text/plain' };
        const kinds: Record<string, Record<string, string>> = {
          'foreign Origin': evil,
          'Origin null': { origin: 'null', 'content-type': 'text/plain' },
          'no Origin': { origin: '', 'content-type': 'text/plain' },
          'Sec-Fetch-Site cross-site': { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
          'Origin on another port': { origin: url.replace(/:\d+$/, ':1'), 'content-type': 'application/json' },
        };
        const roster = 'name,role,phone,home_village_code\nDari Situs Lain,ppl,,64.71.01.1001\n';
        const workload = `village_code,sls_code,families\n${ctx.village},,70\n`;
        for (const [kind, raw] of Object.entries(kinds)) {
          const headers = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
          const write = (route: string, method: string, path: string, body?: string) =>
            probes.check(route, kind, sendWithout(ctx.kepala, { method, path, headers, body }, raw.origin === ''), 403);
          await write('POST /api/staff', 'POST', '/api/staff', roster);
          await write('POST /api/plans/[id]/roster', 'POST', `/api/plans/${ctx.planId}/roster`);
          await write('POST /api/tokens', 'POST', '/api/tokens', JSON.stringify({ username: 'entri', name: 'dari situs lain' }));
          await write('DELETE /api/tokens/[id]', 'DELETE', `/api/tokens/${ctx.tokenId}`);
          await write('POST /api/plans', 'POST', '/api/plans', JSON.stringify({ areaCode: kecamatan, name: 'dari situs lain' }));
          await write('DELETE /api/plans/[id]', 'DELETE', `/api/plans/${ctx.planId}`);
          await write('POST /api/workloads', 'POST', '/api/workloads', workload);
          await write('POST /api/auth/[...all]', 'POST', '/api/auth/sign-out', '{}');
        }
        probes.expect(JSON.stringify(await snapshot(ctx)) === JSON.stringify(before), `a foreign write landed: ${JSON.stringify(before)} -> ${JSON.stringify(await snapshot(ctx))}`);
        await probes.check('GET /api/me', 'the session survived foreign sign-outs', ctx.kepala.get('/api/me'), 200);
        probes.settle('foreign writes');
      },
    },
    {
      name: 'replay: the auth library answers only sign-in and sign-out; update-user renames no one',
      fn: async () => {
        const probes = new Probes();
        for (const path of ['update-user', 'sign-up/email', 'change-password', 'change-email', 'delete-user', 'revoke-sessions', 'list-sessions', 'sign-in/email', 'forget-password', 'reset-password', 'update-session', 'sign-in/social', '%2e%2e/me', 'sign-in%2Fusername', 'SIGN-OUT']) {
          await probes.check('POST /api/auth/[...all]', `POST ${path}`, ctx.ppl.json('POST', `/api/auth/${path}`, { name: '=HYPERLINK("x")', newPassword: 'xxxxxxxxxxxx', email: 'a@b.c', password: 'regsosek2022' }), [404, 405]);
        }
        for (const path of ['get-session', 'list-sessions', 'ok', 'sign-out']) await probes.check('POST /api/auth/[...all]', `GET ${path}`, ctx.ppl.get(`/api/auth/${path}`), [404, 405]);
        const me = parseJson<{ user: { name: string } }>(await ctx.ppl.get('/api/me'));
        probes.expect(me.user.name === 'Agus Setiawan (PPL)', `the PPL is now called ${me.user.name}`);
        probes.settle('auth endpoints');
      },
    },
    {
      name: 'replay: personal answers are never cached, pages carry a script-src, a token without days expires in 90',
      fn: async () => {
        const probes = new Probes();
        const paths = ['/api/staff', `/api/plans/${ctx.planId}/slots`, `/api/plans/${ctx.planId}/export?format=csv`, `/api/plans/${ctx.planId}/export`, `/api/plans/${ctx.planId}/charters`, '/api/tokens', '/api/me', `/api/areas/${kecamatan}/export`];
        for (const path of paths) {
          const reply = await probes.check(`GET ${routeOf(path)}`, 'cache-control', ctx.kepala.get(path), 200);
          probes.expect(reply.headers['cache-control'] === 'no-store', `${path}: cache-control ${reply.headers['cache-control']}`);
        }
        for (const page of ['/', '/wilayah', '/petugas', `/perencanaan/${ctx.planId}`, '/masuk']) {
          const reply = await ctx.kepala.get(page);
          probes.expect(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/.test(String(reply.headers['content-security-policy'])), `${page}: CSP ${reply.headers['content-security-policy']}`);
        }
        const created = await probes.check('POST /api/tokens', 'no days', ctx.kepala.json('POST', '/api/tokens', { username: 'entri', name: 'tanpa masa berlaku' }), 201);
        const days = (Date.parse(parseJson<{ expiresAt: string }>(created).expiresAt) - Date.now()) / 86_400_000;
        probes.expect(days > 89.9 && days <= 90, `a token without days expires in ${days} days`);
        probes.settle('headers and expiry');
      },
    },
    {
      name: 'replay: the bad input of the issue answers 4xx with a message and writes nothing',
      fn: async () => {
        const probes = new Probes();
        const before = await snapshot(ctx);
        const plan = (body: unknown, label: string, want: number | number[] = 422) => probes.check('POST /api/plans', label, ctx.kepala.json('POST', '/api/plans', body), want);
        await plan({ areaCode: '64.71.01.1002', name: 'desa' }, 'a village as areaCode');
        await plan({ areaCode: ctx.slsCode, name: 'sls' }, 'an SLS as areaCode');
        await plan({ areaCode: kecamatan, name: 'a\u0000b' }, 'a NUL in the name');
        const holidays = Array.from({ length: 800_000 }, () => '2022-10-20');
        await plan(`{"areaCode":"${kecamatan}","name":"libur","params":{"holidays":${JSON.stringify(holidays)}}}`, '800,000 holidays', [413, 422]);
        await plan({ areaCode: kecamatan, name: 'abad', params: { windowStart: '1900-01-01', windowEnd: '2100-12-31' } }, 'a window 1900-2100');
        await plan({ areaCode: kecamatan, name: 'dua tahun', params: { windowStart: '2022-01-01', windowEnd: '2023-12-31' } }, 'a window of two years');
        await plan(`{"areaCode":"${kecamatan}","name":"besar","junk":"${'x'.repeat(10_000_000)}"}`, 'a 10 MB unknown key', [413, 422]);
        await plan({ areaCode: kecamatan, name: 'kunci asing', junk: 1 }, 'a small unknown key');
        await probes.check('POST /api/staff', 'a NUL in a roster name', ctx.kepala.csv('/api/staff', 'name,role,phone,home_village_code\nNul\u0000Nama,ppl,,64.71.01.1001\n'), 422);
        await probes.check('DELETE /api/tokens/[id]', '99999999999', ctx.kepala.send({ method: 'DELETE', path: '/api/tokens/99999999999' }), 422);
        await probes.check('GET /api/areas/[code]', 'an SLS code', ctx.kepala.get(`/api/areas/${ctx.slsCode}`), 200);
        await probes.check('GET /api/areas/[code]/export', 'an SLS code', ctx.kepala.get(`/api/areas/${ctx.slsCode}/export`), 200);
        await probes.check('PAGE /wilayah/[code]', 'an SLS code', ctx.kepala.get(`/wilayah/${ctx.slsCode}`), [200, 404]);
        await probes.check('GET /api/areas', 'q=%00', ctx.kepala.get('/api/areas?q=%00'), 422);
        await probes.check('PAGE /wilayah', 'q=%00', ctx.kepala.get('/wilayah?q=%00'), { from: 200, to: 499 });
        const key = `${'k'.repeat(42)}\u00e9`;
        await probes.check('POST /api/internal/tokens', '43 characters with a non-ASCII byte', send(url, { method: 'POST', path: '/api/internal/tokens', headers: { 'x-sigap-cli-key': key, 'content-type': 'application/json' }, body: JSON.stringify({ username: 'entri', name: 'x' }) }), 401);
        await probes.check('POST /api/workloads', 'families 10,000,000', ctx.kepala.csv('/api/workloads', `village_code,sls_code,families\n${ctx.village},,10000000\n`), 422);
        probes.expect(JSON.stringify(await snapshot(ctx)) === JSON.stringify(before), `bad input wrote something: ${JSON.stringify(before)} -> ${JSON.stringify(await snapshot(ctx))}`);
        probes.settle('bad input');
      },
    },
    {
      name: 'replay: a roster CSV is held to the strict, line-numbered rules of every import',
      fn: async () => {
        const probes = new Probes();
        const staffBefore = await countOf(ctx.kepala, '/api/staff', 'staff');
        const roster = async (label: string, body: string | Buffer, message: RegExp) => {
          const reply = await probes.check('POST /api/staff', label, ctx.kepala.csv('/api/staff', body), 422);
          probes.expect(reply.status !== 422 || message.test(parseJson<{ error: string }>(reply).error), `${label}: ${reply.text.slice(0, 200)}`);
        };
        await roster('a duplicated header', 'name,role,phone,home_village_code,name\nA Satu,ppl,,64.71.01.1001,B Dua\n', /name/);
        await roster('extra fields', 'name,role,phone,home_village_code\nA Satu,ppl,,64.71.01.1001,lebih\n', /baris 2/);
        await roster('latin-1 bytes', Buffer.from('name,role,phone,home_village_code\nJos\xe9 Ram\xedrez,ppl,,64.71.01.1001\n', 'latin1'), /baris 2/);
        await roster('a duplicated home_village_code header', 'name,role,phone,home_village_code,home_village_code\nA Satu,ppl,,64.71.01.1001,64.71.01.1002\n', /home_village_code/);
        probes.expect((await countOf(ctx.kepala, '/api/staff', 'staff')) === staffBefore, 'a refused roster added people');
        probes.settle('roster CSV');
      },
    },
    {
      name: 'replay: the same roster posted twice (one after the other, then at once) adds its people once',
      fn: async () => {
        const probes = new Probes();
        const staffBefore = await countOf(ctx.kepala, '/api/staff', 'staff');
        const stamp = Date.now() % 1_000_000;
        const body = `name,role,phone,home_village_code\nUlang Satu ${stamp},ppl,0813 ${String(stamp).padStart(6, '0').slice(0, 3)} ${String(stamp).padStart(6, '0').slice(3)}1,64.71.01.1002\nUlang Dua ${stamp},ppl,,64.71.01.1002\n`;
        const first = parseJson<{ created: number }>(await probes.check('POST /api/staff', 'roster once', ctx.kepala.csv('/api/staff', body), 201));
        const again = parseJson<{ created: number; known: number }>(await probes.check('POST /api/staff', 'roster again', ctx.kepala.csv('/api/staff', body), 201));
        const pair = await Promise.all([0, 1].map(() => probes.check('POST /api/staff', 'roster at once', ctx.kepala.csv('/api/staff', body), 201)));
        probes.expect(first.created === 2 && again.created === 0 && again.known === 2, `first ${JSON.stringify(first)}, again ${JSON.stringify(again)}`);
        probes.expect(pair.every((r) => parseJson<{ created: number }>(r).created === 0), `at once: ${pair.map((r) => r.text).join(' ')}`);
        probes.expect((await countOf(ctx.kepala, '/api/staff', 'staff')) === staffBefore + 2, 'the roster grew by more than its two people');
        probes.settle('same roster twice');
      },
    },
    {
      name: 'replay: exports neutralise formulas, U+FFFF is refused at the edge, the XLSX stays a valid file',
      fn: async () => {
        const probes = new Probes();
        const formulas = ['=HYPERLINK("http://evil.example","klik")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd|\' /C calc\'!A0', '-2+3+cmd|\' /C calc\'!A0'];
        const csv = `name,role,phone,home_village_code\n${formulas.map((f, i) => `"${f.replace(/"/g, '""')}",ppl,,64.71.01.100${i + 1}`).join('\n')}\n`;
        await probes.check('POST /api/staff', 'formula names', ctx.kepala.csv('/api/staff', csv), 201);
        await probes.check('POST /api/staff', 'U+FFFF in a name', ctx.kepala.csv('/api/staff', 'name,role,phone,home_village_code\nNama\uffffRusak,ppl,,64.71.01.1001\n'), 422);
        // The demo roster already staffs a plan of this kecamatan's size: a scenario at 5-7 families a day has about
        // twice its PPL slots, so every roster person of the kecamatan, the formula-named ones too, gets one.
        const planId = await savedPlan(ctx.kepala, kecamatan, 'Replay rumus', { minDailyFamilies: 5, maxDailyFamilies: 7 });
        await probes.check('POST /api/plans/[id]/roster', 'fill', ctx.kepala.send({ method: 'POST', path: `/api/plans/${planId}/roster` }), 200);
        for (const sheet of ['penugasan', 'petugas', 'jadwal', 'kecamatan', 'carter']) {
          const reply = await probes.check('GET /api/plans/[id]/export', `csv ${sheet}`, ctx.kepala.get(`/api/plans/${planId}/export?format=csv&sheet=${sheet}`), 200);
          const live = reply.text.split(/\r\n/).flatMap((line) => line.split(',')).filter((cell) => /^"?[=+@\t\r]/.test(cell) || /^"?-[^\d]/.test(cell));
          probes.expect(live.length === 0, `${sheet}: live formula cells ${live.slice(0, 3).join(' | ')}`);
        }
        const petugas = await ctx.kepala.get(`/api/plans/${planId}/export?format=csv&sheet=petugas`);
        probes.expect(petugas.text.includes(`"'=HYPERLINK(""http://evil.example"",""klik"")"`), 'the HYPERLINK name is not in the export as text');
        const areas = await probes.check('GET /api/areas/[code]/export', 'csv', ctx.kepala.get(`/api/areas/${kecamatan}/export`), 200);
        probes.expect(!/(^|,)[=+@]/m.test(areas.text), 'area export has a formula cell');
        const xlsx = await probes.check('GET /api/plans/[id]/export', 'xlsx', ctx.kepala.get(`/api/plans/${planId}/export?format=xlsx`), 200);
        probes.expect(isZip(xlsx), 'the XLSX is not a whole zip file');
        probes.settle('exports');
      },
    },
    {
      name: 'replay: at once, workload imports of one village, plans of one area and roster fills of one plan stay whole',
      fn: async () => {
        const probes = new Probes();
        const workload = `village_code,sls_code,families\n${ctx.village},${ctx.village}.0001,40\n${ctx.village},${ctx.village}.0002,55\n`;
        const imports = await Promise.all(Array.from({ length: 6 }, () => probes.check('POST /api/workloads', 'six at once', ctx.kepala.csv('/api/workloads', workload), 201)));
        // The village's old SLS stay in the frame with no families; only the two imported ones carry any.
        const area = parseJson<{ children: { code: string; families: number }[] }>(await ctx.kepala.get(`/api/areas/${ctx.village}`));
        const held = area.children.filter((c) => c.families > 0).map((c) => `${c.code.slice(-4)}:${c.families}`).join();
        probes.expect(held === '0001:40,0002:55', `after six imports: ${held}`);
        probes.expect(imports.every((r) => r.status === 201), 'an import failed');
        const plans = await Promise.all(Array.from({ length: 5 }, (_, i) => probes.check('POST /api/plans', 'five at once', ctx.kepala.json('POST', '/api/plans', { areaCode: kecamatan, name: `Serentak ${i}` }), 202)));
        const made = plans.filter((r) => r.status === 202).map((r) => parseJson<{ plan: { id: number; version: number } }>(r).plan);
        probes.expect(new Set(made.map((p) => p.version)).size === made.length, `versions at once: ${made.map((p) => p.version).join(',')}`);
        for (const p of made) await waitSaved(ctx.kepala, p.id);
        const target = made[0]!.id;
        const fills = await Promise.all(Array.from({ length: 10 }, () => probes.check('POST /api/plans/[id]/roster', 'ten at once', ctx.kepala.send({ method: 'POST', path: `/api/plans/${target}/roster` }), 200)));
        const filled = fills.map((r) => parseJson<{ filled: number }>(r).filled);
        const slots = parseJson<{ slots: { staffId: number | null }[] }>(await ctx.kepala.get(`/api/plans/${target}/slots`)).slots;
        const holders = slots.map((s) => s.staffId).filter((s) => s !== null);
        probes.expect(filled.filter((n) => n > 0).length === 1 && filled.reduce((a, b) => a + b, 0) === holders.length, `fills at once: ${filled.join(',')} for ${holders.length} held slots`);
        probes.expect(new Set(holders).size === holders.length, 'one person holds two slots of a plan');
        const deletes = await Promise.all(made.flatMap((p) => [0, 1].map(() => ctx.kepala.send({ method: 'DELETE', path: `/api/plans/${p.id}` }))));
        for (const [i, d] of deletes.entries()) await probes.check('DELETE /api/plans/[id]', `twice at once (${i})`, d, [200, 404]);
        probes.expect(deletes.filter((d) => d.status === 200).length === made.length, `deleting each plan twice at once: ${deletes.map((d) => d.status).join(',')}`);
        probes.settle('concurrency');
      },
    },
  ];
}

/** The request as a client without one of the usual headers (no Origin at all, for the "no Origin" probe). */
function sendWithout(client: Client, s: Parameters<Client['send']>[0], noOrigin: boolean): Promise<Reply> {
  if (!noOrigin) return client.send(s);
  return send(client.base, { ...s, headers: { 'x-forwarded-for': client.forwardedFor, cookie: client.cookie, ...s.headers } });
}

/** A route key of lib/auth/routes.ts for a concrete path (for the per-route counts). */
function routeOf(path: string): string {
  return path
    .split('?')[0]!
    .replace(/^\/api\/plans\/[^/]+\/slots\/[^/]+$/, '/api/plans/[id]/slots/[slotId]')
    .replace(/^\/api\/plans\/[^/]+(\/|$)/, '/api/plans/[id]$1')
    .replace(/^\/api\/areas\/[^/]+(\/|$)/, '/api/areas/[code]$1')
    .replace(/^\/api\/tokens\/[^/]+$/, '/api/tokens/[id]');
}

/** A zip whose end-of-central-directory record is where it should be: the XLSX was written whole. */
function isZip(reply: Reply): boolean {
  const b = reply.body;
  return b.subarray(0, 2).toString() === 'PK' && b.readUInt32LE(b.length - 22) === 0x06054b50;
}

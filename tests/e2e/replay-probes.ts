import { Client, parseJson, Probes, send, type Reply, type Want } from './replay-http';
import { countOf, snapshot, waitSaved, type ReplayContext } from './replay-context';

/** Every route of app/api with a path that reaches it and the methods it answers. */
function apiRoutes(ctx: ReplayContext) {
  const plan = `/api/plans/${ctx.planId}`;
  return [
    { key: 'GET /api/health', path: '/api/health', methods: ['GET'] },
    { key: 'POST /api/auth/[...all]', path: '/api/auth/sign-in/username', methods: ['POST'] },
    { key: 'GET /api/me', path: '/api/me', methods: ['GET'] },
    { key: 'GET /api/areas', path: '/api/areas?q=Manggar', methods: ['GET'] },
    { key: 'GET /api/areas/[code]', path: '/api/areas/64.71.01', methods: ['GET'] },
    { key: 'GET /api/areas/[code]/export', path: '/api/areas/64.71.01/export', methods: ['GET'] },
    { key: 'POST /api/workloads', path: '/api/workloads', methods: ['POST'] },
    { key: 'GET /api/plans', path: '/api/plans', methods: ['GET', 'POST'] },
    { key: 'GET /api/plans/[id]', path: plan, methods: ['GET', 'DELETE'] },
    { key: 'GET /api/plans/[id]/slots', path: `${plan}/slots`, methods: ['GET'] },
    { key: 'GET /api/plans/[id]/slots/[slotId]', path: `${plan}/slots/1`, methods: ['GET'] },
    { key: 'GET /api/plans/[id]/charters', path: `${plan}/charters`, methods: ['GET'] },
    { key: 'GET /api/plans/[id]/export', path: `${plan}/export`, methods: ['GET'] },
    { key: 'POST /api/plans/[id]/roster', path: `${plan}/roster`, methods: ['POST'] },
    { key: 'GET /api/staff', path: '/api/staff', methods: ['GET', 'POST'] },
    { key: 'GET /api/tokens', path: '/api/tokens', methods: ['GET', 'POST'] },
    { key: 'DELETE /api/tokens/[id]', path: `/api/tokens/${ctx.tokenId}`, methods: ['DELETE'] },
    { key: 'POST /api/internal/tokens', path: '/api/internal/tokens', methods: ['POST'] },
  ];
}

/** Ids, codes and words a careless or hostile client puts where an id or an area code belongs. */
const badSegments = [
  '99999999999', '-1', '0', '1e0', '1e3', '0x1', '1.0', '+1', '%201', '1%0A', '%00', '%2e%2e', '%2E', '..%2F..%2Fetc',
  '%', '%E0%A4%A', '%C0%AE', '%D9%A1', '%EF%BC%91', '%F0%9F%98%80', "1'--", '64.71.01%00', '64..71', '64.71.01.1001.0001.0001',
  'x'.repeat(10_000), '6'.repeat(10_000),
];

const answered: Want = { from: 200, to: 499 };

/** Own probes of the kinds on every route and page. */
export function probeCases(ctx: ReplayContext, url: string) {
  return [
    {
      name: 'probes: malformed ids and area codes on every route and page get a 4xx, never a 5xx',
      fn: async () => {
        const probes = new Probes();
        const { kepala, machine } = ctx;
        const plan = `/api/plans/${ctx.planId}`;
        for (const bad of badSegments) {
          const label = bad.length > 40 ? `${bad.length} × ${bad[0]}` : bad;
          // `..` and `.` (also as %2e) are resolved as a browser resolves them: the answer is another path's.
          const anyRefusal: Want = /^(%2e|\.){1,2}$/i.test(bad) ? answered : { from: 400, to: 499 };
          await probes.check('GET /api/areas/[code]', label, kepala.get(`/api/areas/${bad}`), anyRefusal);
          await probes.check('GET /api/areas/[code]/export', label, kepala.get(`/api/areas/${bad}/export`), anyRefusal);
          await probes.check('GET /api/plans/[id]', label, kepala.get(`/api/plans/${bad}`), anyRefusal);
          await probes.check('DELETE /api/plans/[id]', label, machine.send({ method: 'DELETE', path: `/api/plans/${bad}` }), anyRefusal);
          await probes.check('GET /api/plans/[id]/slots', label, kepala.get(`/api/plans/${bad}/slots`), anyRefusal);
          await probes.check('GET /api/plans/[id]/slots', `kecamatan=${label}`, kepala.get(`${plan}/slots?kecamatan=${bad}`), anyRefusal);
          await probes.check('GET /api/plans/[id]/slots/[slotId]', label, kepala.get(`${plan}/slots/${bad}`), anyRefusal);
          await probes.check('GET /api/plans/[id]/charters', label, kepala.get(`/api/plans/${bad}/charters`), anyRefusal);
          await probes.check('GET /api/plans/[id]/export', label, kepala.get(`/api/plans/${bad}/export`), anyRefusal);
          await probes.check('GET /api/plans/[id]/export', `format=${label}`, kepala.get(`${plan}/export?format=${bad}`), anyRefusal);
          await probes.check('GET /api/plans/[id]/export', `sheet=${label}`, kepala.get(`${plan}/export?format=csv&sheet=${bad}`), anyRefusal);
          await probes.check('POST /api/plans/[id]/roster', label, machine.send({ method: 'POST', path: `/api/plans/${bad}/roster` }), anyRefusal);
          await probes.check('DELETE /api/tokens/[id]', label, machine.send({ method: 'DELETE', path: `/api/tokens/${bad}` }), anyRefusal);
          await probes.check('GET /api/areas', `q=${label}`, kepala.get(`/api/areas?q=${bad}`), [200, 422]);
          await probes.check('PAGE /wilayah/[code]', label, kepala.get(`/wilayah/${bad}`), anyRefusal);
          await probes.check('PAGE /wilayah', `q=${label}`, kepala.get(`/wilayah?q=${bad}`), 200);
          await probes.check('PAGE /perencanaan/[id]', label, kepala.get(`/perencanaan/${bad}`), anyRefusal);
          await probes.check('PAGE /perencanaan/[id]', `ppl=${label}`, kepala.get(`/perencanaan/${ctx.planId}?ppl=${bad}`), 404);
          await probes.check('PAGE /perencanaan/[id]', `kecamatan=${label}`, kepala.get(`/perencanaan/${ctx.planId}?kecamatan=${bad}`), 200);
          await probes.check('PAGE /perencanaan/banding', `a=${label}`, kepala.get(`/perencanaan/banding?a=${bad}&b=${ctx.planId}`), answered);
          await probes.check('PAGE /petugas', `kecamatan=${label}`, kepala.get(`/petugas?kecamatan=${bad}`), 200);
          await probes.check('PAGE /masuk', `lanjut=${label}`, kepala.get(`/masuk?lanjut=${bad}`), [307]);
        }
        probes.settle('malformed ids and codes');
      },
    },
    {
      name: 'probes: a method a route does not take is a 405 with a JSON error',
      fn: async () => {
        const probes = new Probes();
        for (const route of apiRoutes(ctx)) {
          for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'TRACE', 'PROPFIND', 'QUERY'].filter((m) => !route.methods.includes(m))) {
            await probes.check(`${method} ${route.key.split(' ')[1]}`, `${method} ${route.path}`, ctx.machine.send({ method, path: route.path, headers: { 'content-type': 'application/json' }, body: method === 'GET' ? undefined : '{}' }), 405);
          }
        }
        for (const page of ['/', '/wilayah', '/masuk', '/perencanaan', '/petugas']) {
          await probes.check('PAGE ' + page, `DELETE ${page}`, ctx.kepala.send({ method: 'DELETE', path: page }), answered);
          await probes.check('PAGE ' + page, `PUT ${page}`, ctx.kepala.send({ method: 'PUT', path: page, body: 'x' }), answered);
          await probes.check('PAGE ' + page, `TRACE ${page}`, ctx.kepala.send({ method: 'TRACE', path: page }), answered);
          await probes.check('PAGE ' + page, `PROPFIND ${page}`, ctx.kepala.send({ method: 'PROPFIND', path: page }), answered);
        }
        // A POST to a page is a server action (the language switch): from another site, with a body that is no form,
        // or past Next.js's 1 MB, it is refused and changes nothing.
        const action = /\$ACTION_ID_([0-9a-f]+)/.exec((await ctx.kepala.get('/wilayah')).text)?.[1] ?? '';
        probes.expect(action !== '', 'no server action id on /wilayah');
        const form = (lang: string) => `--b\r\nContent-Disposition: form-data; name="$ACTION_ID_${action}"\r\n\r\n\r\n--b\r\nContent-Disposition: form-data; name="lang"\r\n\r\n${lang}\r\n--b--\r\n`;
        const multipart = { 'content-type': 'multipart/form-data; boundary=b' };
        const posts: [string, Record<string, string>, string, Want][] = [
          ['the form from this site', multipart, form('id'), 200],
          ['the form from another site', { ...multipart, origin: 'http://evil.example' }, form('en'), 403],
          ['the form with an empty Origin', { ...multipart, origin: '' }, form('en'), 403],
          ['the form cross-site', { ...multipart, 'sec-fetch-site': 'cross-site' }, form('en'), 403],
          ['the action with a text body', { 'next-action': action, 'content-type': 'text/plain;charset=UTF-8' }, '["en"]', 200],
          ['the action with a JSON object', { 'next-action': action, 'content-type': 'text/plain;charset=UTF-8' }, '[{"lang":"en"}]', 200],
          ['the action past 1 MB', { ...multipart, 'next-action': action }, form('x'.repeat(1_100_000)), 413],
          ['an unknown action', { ...multipart, 'next-action': 'ab'.repeat(21) }, form('en'), { from: 400, to: 499 }],
        ];
        for (const [label, headers, body, want] of posts) {
          // With Next-Action the caller is Next.js's own client, which reads its plain-text refusals; not a page.
          const route = headers['next-action'] ? 'ACTION /wilayah' : 'PAGE /wilayah';
          const reply = await probes.check(route, `POST ${label}`, ctx.kepala.send({ method: 'POST', path: '/wilayah', headers, body }), want);
          probes.expect(!String(reply.headers['set-cookie'] ?? '').includes('sigap_lang=en'), `POST ${label}: the language changed`);
        }
        probes.settle('wrong methods');
      },
    },
    {
      name: 'probes: wrong and missing content types, empty, huge, array and broken bodies get a 4xx',
      fn: async () => {
        const probes = new Probes();
        const before = await snapshot(ctx);
        const { kepala } = ctx;
        const jsonRoutes = [
          { key: 'POST /api/plans', path: '/api/plans', good: { areaCode: '64.71.01', name: 'x' } },
          { key: 'POST /api/tokens', path: '/api/tokens', good: { username: 'entri', name: 'x' } },
          { key: 'POST /api/auth/[...all]', path: '/api/auth/sign-in/username', good: { username: 'kepala', password: 'salah-salah' } },
        ];
        for (const r of jsonRoutes) {
          const body = JSON.stringify(r.good);
          for (const type of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/csv', 'application/jsonx', 'application/xml']) {
            await probes.check(r.key, `content-type ${type ?? 'none'}`, kepala.send({ method: 'POST', path: r.path, headers: type ? { 'content-type': type } : {}, body }), 415);
          }
          const broken: [string, string | Buffer, Want][] = [
            ['empty', '', 400],
            ['not JSON', '{areaCode:', 400],
            ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400],
            ['null', 'null', 422],
            ['an array', `[${body}]`, 422],
            ['an empty array', '[]', 422],
            ['a string', '"x"', 422],
            ['a number', '1e400', 422],
            ['__proto__', '{"__proto__":{"role":"office_head"}}', 422],
            ['arrays for strings', JSON.stringify(Object.fromEntries(Object.entries(r.good).map(([k, v]) => [k, [v]]))), 422],
            ['objects for strings', JSON.stringify(Object.fromEntries(Object.entries(r.good).map(([k, v]) => [k, { v }]))), 422],
            ['a 10,000-character value', JSON.stringify(Object.fromEntries(Object.keys(r.good).map((k) => [k, 'x'.repeat(10_000)]))), 422],
            ['deep nesting', '['.repeat(40_000) + ']'.repeat(40_000), [400, 422]],
            ['150 kB', JSON.stringify({ ...r.good, pad: 'x'.repeat(150_000) }), 413],
          ];
          for (const [label, raw, want] of broken) await probes.check(r.key, label, kepala.json('POST', r.path, raw), want);
          await probes.check(r.key, '150 kB chunked', chunked(kepala, r.path, 'application/json', JSON.stringify({ ...r.good, pad: 'x'.repeat(150_000) })), 413);
        }
        const csvRoutes = [
          { key: 'POST /api/staff', path: '/api/staff', header: 'name,role,phone,home_village_code', max: 5_000_000 },
          { key: 'POST /api/workloads', path: '/api/workloads', header: 'village_code,sls_code,families', max: 20_000_000 },
        ];
        for (const r of csvRoutes) {
          for (const type of [undefined, 'application/json', 'text/plain', 'multipart/form-data; boundary=x']) {
            await probes.check(r.key, `content-type ${type ?? 'none'}`, kepala.send({ method: 'POST', path: r.path, headers: type ? { 'content-type': type } : {}, body: `${r.header}\n` }), 415);
          }
          const broken: [string, string | Buffer, Want][] = [
            ['empty', '', 400],
            ['only a byte order mark', '\ufeff', 422],
            ['only the header', `${r.header}\n`, 422],
            ['JSON', '[{"name":"x"}]', 422],
            ['a NUL byte', `${r.header}\n\u0000,\u0000,\u0000,\u0000\n`, 422],
            ['a 10,000-character field', `${r.header}\n${'x'.repeat(10_000)},ppl,,64.71.01.1001\n`, 422],
            ['an unclosed quote', `${r.header}\n"abc,ppl,,64.71.01.1001\n`, 422],
            ['UTF-16 without a byte order mark', Buffer.from(`${r.header}\n`, 'utf16le'), 422],
            ['bad rows filling the limit', `${r.header}\n${'x,y,z,w\n'.repeat(Math.floor((r.max - 100) / 8))}`, 422],
            ['past the limit', 'x'.repeat(r.max + 1), 413],
          ];
          for (const [label, raw, want] of broken) {
            const reply = await probes.check(r.key, label, kepala.csv(r.path, raw), want);
            probes.expect(reply.body.length < 1_000_000, `${r.key} · ${label}: a ${Math.round(reply.body.length / 1e6)} MB answer`);
          }
          await probes.check(r.key, 'past the limit, chunked', chunked(kepala, r.path, 'text/csv', 'x'.repeat(r.max + 1)), 413);
        }
        probes.expect(JSON.stringify(await snapshot(ctx)) === JSON.stringify(before), 'a refused body wrote something');
        probes.settle('content types and bodies');
      },
    },
    {
      name: 'probes: numbers, dates, names and codes out of the domain in every JSON and CSV field get a 422 and write nothing',
      fn: async () => {
        const probes = new Probes();
        const before = await snapshot(ctx);
        const { kepala } = ctx;
        const params: Record<string, unknown>[] = [
          { minDailyFamilies: 1e308 }, { minDailyFamilies: -1 }, { pplPerPml: 1.5 }, { reserveDays: '6' }, { reserveDays: null },
          { holidays: '2022-10-20' }, { holidays: ['2022-10-20', '2022-10-20'] }, { holidays: ['2022-02-30'] }, { restWeekdays: [0, 0] }, { restWeekdays: [7] },
          { windowStart: '+002022-10-15' }, { windowStart: '2022-10-15T00:00:00Z' }, { windowStart: '2022-11-20', windowEnd: '2022-11-01' },
          { highlandProvinceCodes: Array.from({ length: 39 }, (_, i) => String(10 + i)) }, { honorPplRupiah: 1e16 }, { seatsPerBoat: 0 }, { unknown: 1 },
        ];
        for (const p of params) await probes.check('POST /api/plans', `params ${JSON.stringify(p).slice(0, 60)}`, kepala.json('POST', '/api/plans', { areaCode: '64.71.01', name: 'batas', params: p }), 422);
        for (const body of [{ areaCode: '64.71.01', name: 'x', strategy: 'greedy' }, { areaCode: '64.71.01', name: 'x'.repeat(81) }, { areaCode: '64.71.01', name: '   ' }, { areaCode: '64.71.01', name: 'a\nb' }, { areaCode: ' 64.71.01.1001 ', name: 'x' }, { areaCode: '99', name: 'x' }, { areaCode: 'ID', name: 'x' }, { areaCode: '64.71.01', name: 'x', params: [] }]) {
          await probes.check('POST /api/plans', JSON.stringify(body).slice(0, 70), kepala.json('POST', '/api/plans', body), [403, 404, 422]);
        }
        for (const days of [0, -1, 401, 1.5, '90', 1e308, null, [90]]) await probes.check('POST /api/tokens', `days ${JSON.stringify(days)}`, kepala.json('POST', '/api/tokens', { username: 'entri', name: 'batas', days }), 422);
        for (const body of [{ username: 'tidak-ada', name: 'x' }, { username: 'ENTRI', name: 'x' }, { username: 'entri', name: '' }, { username: 'entri', name: 'x'.repeat(81) }, { username: 'entri', name: '\u0000' }]) {
          await probes.check('POST /api/tokens', JSON.stringify(body).slice(0, 60), kepala.json('POST', '/api/tokens', body), [404, 422]);
        }
        const workload = 'village_code,sls_code,families,access_mode,travel_days_one_way,local_staff';
        for (const row of [`${ctx.village},,1e3,,,`, `${ctx.village},,-1,,,`, `${ctx.village},,１０,,,`, `${ctx.village},,0x10,,,`, `${ctx.village},,10.0,,,`, `${ctx.village},,60001,,,`, `${ctx.village},,10,road,31,`, `${ctx.village},,10,kapal,,`, `${ctx.village},,10,,,mungkin`, `${ctx.village},64.71.01.1001.0001,10,,,`, `${ctx.village},${ctx.village}.1,10,,,`, '99.99.99.9999,,10,,,', '64.71.01,,10,,,']) {
          await probes.check('POST /api/workloads', row.replace(ctx.village, '<desa>'), kepala.csv('/api/workloads', `${workload}\n${row}\n`), 422);
        }
        await probes.check('POST /api/workloads', 'a village of another region', kepala.csv('/api/workloads', `${workload}\n11.01.01.2001,,10,,,\n`), [403, 422]);
        const roster = 'name,role,phone,home_village_code';
        for (const row of ['A,ppl,,64.71.01.1001', `${'x'.repeat(121)},ppl,,64.71.01.1001`, 'Nama,enumerator,,64.71.01.1001', 'Nama,ppl,0812-abc-999,64.71.01.1001', 'Nama,ppl,+62 812 1111 2222 3333 4444,64.71.01.1001', 'Nama,ppl,,64.71.01', 'Nama,ppl,,99.99.99.9999']) {
          await probes.check('POST /api/staff', row.slice(0, 60), kepala.csv('/api/staff', `${roster}\n${row}\n`), 422);
        }
        await probes.check('POST /api/staff', 'a village of another region', kepala.csv('/api/staff', `${roster}\nNama Luar,ppl,,11.01.01.2001\n`), 403);
        probes.expect(JSON.stringify(await snapshot(ctx)) === JSON.stringify(before), `a refused value wrote something: ${JSON.stringify(before)} -> ${JSON.stringify(await snapshot(ctx))}`);
        probes.settle('out-of-domain values');
      },
    },
    {
      name: 'probes: duplicate query parameters and every page as anonymous, stakeholder and PPL',
      fn: async () => {
        const probes = new Probes();
        const { kepala } = ctx;
        const plan = `/api/plans/${ctx.planId}`;
        await probes.check('GET /api/areas', 'q twice', kepala.get('/api/areas?q=Mang&q=%00'), [200, 422]);
        await probes.check('GET /api/plans/[id]/export', 'format twice', kepala.get(`${plan}/export?format=csv&format=xlsx&sheet=jadwal&sheet=x`), [200, 422]);
        await probes.check('GET /api/plans/[id]/slots', 'kecamatan twice', kepala.get(`${plan}/slots?kecamatan=64.71.01&kecamatan=%00`), [200, 422]);
        for (const [page, query] of [['/wilayah', 'q=a&q=b'], ['/perencanaan/[id]', 'kecamatan=64.71.01&kecamatan=64.71.02&ppl=1&ppl=2'], ['/perencanaan/banding', `a=${ctx.planId}&a=1&b=${ctx.planId}`], ['/petugas', 'kecamatan=64.71.01&kecamatan=x'], ['/masuk', 'lanjut=/a&lanjut=//evil.example']] as const) {
          await probes.check(`PAGE ${page}`, query, kepala.get(`${page.replace('[id]', String(ctx.planId))}?${query}`), answered);
        }
        const anonymous = new Client(url, '198.51.100.221');
        const pages = ['/', '/wilayah', '/wilayah/64.71', '/perencanaan', `/perencanaan/${ctx.planId}`, '/perencanaan/banding', '/petugas', '/pemantauan', '/cakupan'];
        for (const page of pages) {
          const key = `PAGE ${page.replace(/^\/perencanaan\/\d+$/, '/perencanaan/[id]').replace(/^\/wilayah\/[\d.]+$/, '/wilayah/[code]')}`;
          await probes.check(key, 'anonymous', anonymous.get(page), 307);
          await probes.check(key, 'stakeholder', ctx.pemantau.get(page), answered);
          await probes.check(key, 'ppl', ctx.ppl.get(page), answered);
          await probes.check(key, 'junk parameters', kepala.get(`${page}?q=%00&q=${'x'.repeat(10_000)}&a[]=1&kecamatan=%E0%A4%A&lanjut=//evil.example`), answered);
        }
        await probes.check('PAGE /masuk', 'anonymous', anonymous.get('/masuk'), 200);
        for (const route of apiRoutes(ctx)) await probes.check(route.key, 'anonymous', anonymous.get(route.path), route.methods.includes('GET') ? (route.key === 'GET /api/health' ? 200 : 401) : 405);
        for (const header of ['Bearer', 'Bearer ', 'Bearer sgp_', `Bearer sgp_${'x'.repeat(10_000)}`, 'Basic a2VwYWxhOnJlZ3Nvc2VrMjAyMg==', 'bearer  sgp_x y', `Bearer sgp_${'\u00e9'.repeat(43)}`]) {
          await probes.check('GET /api/me', `authorization ${header.slice(0, 20)}`, send(url, { path: '/api/me', headers: { authorization: header } }), 401);
        }
        // The entry system's bearer token needs no Origin, and so must stop at its role.
        const { entri } = ctx;
        await probes.check('GET /api/me', 'entry system token', entri.get('/api/me'), 200);
        await probes.check('POST /api/staff', 'entry system token', entri.csv('/api/staff', 'name,role,phone,home_village_code\nMesin,ppl,,64.71.01.1001\n'), 403);
        await probes.check('POST /api/plans', 'entry system token', entri.json('POST', '/api/plans', { areaCode: '64.71.01', name: 'mesin' }), 403);
        await probes.check('POST /api/tokens', 'entry system token', entri.json('POST', '/api/tokens', { username: 'entri', name: 'mesin', days: 400 }), 403);
        await probes.check('DELETE /api/tokens/[id]', 'entry system token', entri.send({ method: 'DELETE', path: `/api/tokens/${ctx.tokenId}` }), 403);
        await probes.check('POST /api/plans/[id]/roster', 'entry system token', entri.send({ method: 'POST', path: `/api/plans/${ctx.planId}/roster` }), 403);
        await probes.check('GET /api/plans/[id]/export', 'entry system token', entri.get(`/api/plans/${ctx.planId}/export`), 403);
        await probes.check('PAGE /wilayah', 'entry system token', entri.get('/wilayah'), { from: 300, to: 499 });
        await probes.check('GET /api/me', 'a forged session cookie', send(url, { path: '/api/me', headers: { cookie: `sigap.session_token=${'x'.repeat(4000)}` } }), 401);
        probes.settle('query parameters and pages');
      },
    },
    {
      name: 'probes: two identical state-changing requests at once leave nothing doubled',
      fn: async () => {
        const probes = new Probes();
        const { kepala, machine } = ctx;
        const at = (n: number, make: () => Promise<Reply>) => Promise.all(Array.from({ length: n }, make));
        const signIns = await at(2, () => new Client(url, '198.51.100.231').json('POST', '/api/auth/sign-in/username', { username: 'pemantau', password: 'regsosek2022' }));
        for (const r of signIns) await probes.check('POST /api/auth/[...all]', 'sign-in twice at once', r, 200);
        const session = await new Client(url, '198.51.100.232').signIn('pemantau');
        for (const r of await at(2, () => session.json('POST', '/api/auth/sign-out', {}))) await probes.check('POST /api/auth/[...all]', 'sign-out twice at once', r, 200);
        await probes.check('GET /api/me', 'after two sign-outs', session.get('/api/me'), 401);

        const workload = `village_code,sls_code,families\n${ctx.village},${ctx.village}.0001,41\n${ctx.village},${ctx.village}.0002,42\n${ctx.village},${ctx.village}.0003,43\n`;
        for (const r of await at(2, () => kepala.csv('/api/workloads', workload))) await probes.check('POST /api/workloads', 'twice at once', r, 201);
        const village = parseJson<{ children: { code: string; families: number }[] }>(await kepala.get(`/api/areas/${ctx.village}`)).children.filter((c) => c.families > 0);
        probes.expect(village.map((c) => `${c.code.slice(-4)}:${c.families}`).join() === '0001:41,0002:42,0003:43', `workload twice at once: ${JSON.stringify(village)}`);

        const plans = await at(2, () => kepala.json('POST', '/api/plans', { areaCode: '64.71.01', name: 'Kembar' }));
        for (const r of plans) await probes.check('POST /api/plans', 'twice at once', r, 202);
        const made = plans.filter((r) => r.status === 202).map((r) => parseJson<{ plan: { id: number; version: number } }>(r).plan);
        probes.expect(made.length === 2 && made[0]!.version !== made[1]!.version, `two plans at once: ${JSON.stringify(made)}`);
        for (const p of made) await waitSaved(kepala, p.id);
        const fills = await at(2, () => kepala.send({ method: 'POST', path: `/api/plans/${made[0]!.id}/roster` }));
        for (const r of fills) await probes.check('POST /api/plans/[id]/roster', 'twice at once', r, 200);
        probes.expect(fills.filter((r) => parseJson<{ filled: number }>(r).filled > 0).length <= 1, `two fills at once both filled: ${fills.map((r) => r.text).join(' ')}`);
        for (const p of made) {
          const deletes = await at(2, () => machine.send({ method: 'DELETE', path: `/api/plans/${p.id}` }));
          for (const r of deletes) await probes.check('DELETE /api/plans/[id]', 'twice at once', r, [200, 404]);
          probes.expect(deletes.map((r) => r.status).sort().join() === '200,404', `deleting a plan twice at once: ${deletes.map((r) => r.status)}`);
        }

        const staffBefore = await countOf(kepala, '/api/staff', 'staff');
        const stamp = Date.now() % 1_000_000;
        for (const r of await at(2, () => kepala.csv('/api/staff', `name,role,phone,home_village_code\nKembar ${stamp},pml,,64.71.01.1003\n`))) await probes.check('POST /api/staff', 'twice at once', r, 201);
        probes.expect((await countOf(kepala, '/api/staff', 'staff')) === staffBefore + 1, 'one person posted twice at once is on the roster twice');

        const tokensBefore = await countOf(kepala, '/api/tokens', 'tokens');
        const tokens = await at(2, () => kepala.json('POST', '/api/tokens', { username: 'entri', name: 'kembar' }));
        for (const r of tokens) await probes.check('POST /api/tokens', 'twice at once', r, 201);
        probes.expect((await countOf(kepala, '/api/tokens', 'tokens')) === tokensBefore + 2, 'two token requests made other than two tokens');
        const id = parseJson<{ id: number }>(tokens[0]!).id;
        const revokes = await at(2, () => kepala.send({ method: 'DELETE', path: `/api/tokens/${id}` }));
        for (const r of revokes) await probes.check('DELETE /api/tokens/[id]', 'twice at once', r, 200);
        probes.expect(revokes.map((r) => parseJson<{ revoked: boolean }>(r).revoked).sort().join() === 'false,true', `revoking twice at once: ${revokes.map((r) => r.text)}`);
        for (const r of await at(2, () => send(url, { method: 'POST', path: '/api/internal/tokens', headers: { 'x-sigap-cli-key': 'x'.repeat(43), 'content-type': 'application/json' }, body: '{"username":"entri","name":"x"}' }))) {
          await probes.check('POST /api/internal/tokens', 'a wrong key twice at once', r, 401);
        }
        probes.settle('pairs at once');
      },
    },
  ];
}

/** A body sent in chunks without Content-Length: the limit must hold while reading, not only by the header. */
function chunked(client: Client, path: string, type: string, body: string): Promise<Reply> {
  return client.send({ method: 'POST', path, headers: { 'content-type': type, 'transfer-encoding': 'chunked' }, body });
}

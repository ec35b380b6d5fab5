import { spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../api/route-env';
import { POST as internalImport } from '@/app/api/internal/interviews/route';
import { openDatabase } from '@/db/client';
import { interviews } from '@/db/schema';
import { holdAppLock, lockPathFor } from '@/seeds/app-lock';
import { createIntakeFixture, readRollups, recountRollups } from '../db/intake-fixture';
import { day, workbookOf } from '../db/files/workbook-of';

const root = mkdtempSync(path.join(os.tmpdir(), 'sigap-import-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const header = 'id,sls_code,ppl_id,visited_on,outcome,family_size,family_ref';
/** A file of `n` records over the fixture's SLS: families revisited, some without a reference. */
function writeCsv(name: string, n: number, ppl: number[], extra: string[] = []): string {
  const lines = Array.from({ length: n }, (_, i) => {
    const sls = ['64.71.01.1001.0001', '64.71.01.1002.0001', '64.71.02.1001.0002'][i % 3];
    return [randomUUID(), sls, ppl[i % ppl.length], `2022-10-${16 + (i % 12)}`, ['completed', 'not_home', 'refused'][i % 3], (i % 6) + 1, i % 5 ? `KK-${i % 4000}` : ''].join(',');
  });
  const file = path.join(root, name);
  writeFileSync(file, [header, ...lines, ...extra].join('\n') + '\n');
  return file;
}

function cliEnv(pgliteDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
  delete env.DATABASE_URL;
  delete env.SIGAP_CLI_KEY;
  return env;
}
/** An XLSX of `n` new records for one PPL, typed as an office's sheet holds them: numbers and dates, not text. */
async function writeXlsx(name: string, n: number, ppl: number): Promise<string> {
  const rows = Array.from({ length: n }, (_, i) => [randomUUID(), '64.71.01.1001.0002', ppl, day(`2022-10-${16 + (i % 12)}`), 'completed', (i % 6) + 1, `KK-X-${i}`]);
  const file = path.join(root, name);
  writeFileSync(file, await workbookOf({ Wawancara: [header.split(','), ...rows] }));
  return file;
}

const args = (file: string) => ['--import', 'tsx', 'seeds/cli/import-interviews.ts', file];

describe('npm run import-interviews without a running app', () => {
  it('imports a large file in chunks with progress, counts a second run as duplicates, and refuses a bad file whole', async () => {
    const pgliteDir = path.join(root, 'direct');
    const setup = await openDatabase({ pgliteDir });
    const fx = await createIntakeFixture(setup.db);
    await setup.close();

    const file = writeCsv('big.csv', 12_000, [fx.agus, fx.sari]);
    const run = (f: string) => spawnSync(process.execPath, args(f), { env: cliEnv(pgliteDir), encoding: 'utf8', timeout: 240_000 });
    const first = run(file);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('rekaman: 5.000/12.000');
    expect(first.stdout).toContain('12000 rekaman: 12000 diterima, 0 duplikat');
    expect(run(file).stdout).toContain('12000 rekaman: 0 diterima, 12000 duplikat');

    const bad = writeCsv('bad.csv', 10, [fx.agus], [`${randomUUID()},64.71.01.1001.0099,${fx.agus},2022-10-20,completed,,`, `${randomUUID()},64.71.01.1001.0001,${fx.rina},2022-10-20,completed,,`]);
    const refused = run(bad);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('baris 12, kolom sls_code: SLS ini tidak ada dalam kerangka operasi');
    expect(refused.stderr).toContain('baris 13, kolom ppl_id: petugas ini bukan PPL (perannya PML)');
    expect(refused.stderr).toContain('2 baris salah; tidak ada yang disimpan.');
    expect(run(path.join(root, 'tidak-ada.csv')).status).toBe(2);
    const workbook = run(await writeXlsx('wawancara.xlsx', 300, fx.sari));
    expect(workbook.stdout, workbook.stderr).toContain('300 rekaman: 300 diterima, 0 duplikat');

    const check = await openDatabase({ pgliteDir });
    expect(await check.db.$count(interviews)).toBe(12_300);
    expect(await readRollups(check.db, fx.operation.id)).toEqual(await recountRollups(check.db, fx.operation.id));
    await check.close();
  }, 300_000);
});

describe('npm run import-interviews while the app holds the database', () => {
  it('sends the file to the running app with the key of its run and prints the app\'s progress', async () => {
    const pgliteDir = path.join(root, 'held');
    const handle = await openDatabase({ pgliteDir });
    useTestDb(handle);
    const fx = await createIntakeFixture(handle.db);
    // Stands in for `npm start`: the route behind a plain server, the lock note with the port and the run's key.
    process.env.SIGAP_CLI_KEY = randomBytes(32).toString('base64url');
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const response = await internalImport(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holdAppLock(pgliteDir, String((server.address() as AddressInfo).port), process.env.SIGAP_CLI_KEY);
    try {
      // Not spawnSync: this process serves the app the CLI talks to.
      const run = async (file: string) => {
        const child = spawn(process.execPath, args(file), { env: cliEnv(pgliteDir) });
        let [stdout, stderr] = ['', ''];
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        return { status: await new Promise<number | null>((resolve) => child.on('close', resolve)), stdout, stderr };
      };
      const { status, stdout, stderr } = await run(writeCsv('held.csv', 6_000, [fx.agus]));
      expect(status, stderr).toBe(0);
      expect(stdout).toContain('lewat aplikasi yang berjalan');
      expect(stdout).toContain('rekaman: 5.000/6.000');
      expect(stdout).toContain('6000 rekaman: 6000 diterima');
      expect(await handle.db.$count(interviews)).toBe(6_000);
      // an XLSX goes to the app with its own content type and is read there the same way
      const workbook = await run(await writeXlsx('held.xlsx', 200, fx.agus));
      expect(workbook.stdout, workbook.stderr).toContain('200 rekaman: 200 diterima');
      expect(await handle.db.$count(interviews)).toBe(6_200);
    } finally {
      server.close();
      rmSync(lockPathFor(pgliteDir), { force: true });
      delete process.env.SIGAP_CLI_KEY;
      await handle.close();
    }
  }, 300_000);
});

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestDb } from '../api/route-env';
import { POST as internalSimulate } from '@/app/api/internal/simulate/route';
import { openDatabase } from '@/db/client';
import { interviews, slotDropouts } from '@/db/schema';
import { holdAppLock, lockPathFor } from '@/seeds/app-lock';
import { createSimulationFixture } from '../db/simulation-fixture';

const root = mkdtempSync(path.join(os.tmpdir(), 'sigap-simulate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function cliEnv(pgliteDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
  delete env.DATABASE_URL;
  delete env.SIGAP_CLI_KEY;
  return env;
}
/** `npm run simulate -- ...` as the README shows it. */
const npmRunSimulate = (pgliteDir: string, ...args: string[]) => spawnSync('npm', ['run', '--silent', 'simulate', '--', ...args], { env: cliEnv(pgliteDir), encoding: 'utf8', timeout: 240_000 });

describe('npm run simulate without a running app', () => {
  it('simulates a region up to a date, then the rest up to the clock, and refuses bad arguments', async () => {
    const pgliteDir = path.join(root, 'direct');
    const setup = await openDatabase({ pgliteDir });
    await createSimulationFixture(setup.db);
    await setup.close();

    const first = npmRunSimulate(pgliteDir, '--until', '2022-10-20', '--region', '64.71');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('langsung ke basis data');
    expect(first.stdout).toMatch(/Simulasi s\.d\. 2022-10-20: \d+ PPL, [\d.]+ rekaman \([\d.]+ diterima, 0 duplikat\)/);
    expect(first.stdout).toContain('mundur sejak 2022-10-25 (belum sampai tanggalnya)');
    const second = npmRunSimulate(pgliteDir);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain('Simulasi s.d. 2022-10-28');
    expect(second.stdout).toContain('mundur sejak 2022-10-25: dicatat, pekerjaannya dibagi ke rekan');
    expect(second.stdout).toMatch(/wawancara sejak petugas mundur: [\d.]+\/[\d.]+ \(100%\)/);

    for (const [args, words] of [
      [['--until', '28-10-2022'], '--until: tanggal harus berbentuk YYYY-MM-DD'],
      [['--region', '64.71.01'], '--region: Kode wilayah tidak valid (contoh: 64.71 atau 65)'],
      [['--area', '64.71'], "Unknown option '--area'"],
    ] as const) {
      const refused = npmRunSimulate(pgliteDir, ...args);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain(words);
    }
    expect(npmRunSimulate(pgliteDir, '--help').stdout).toContain('Pemakaian: npm run simulate');

    const check = await openDatabase({ pgliteDir });
    expect(await check.db.$count(slotDropouts)).toBe(1);
    await check.close();
  }, 300_000);
});

describe('npm run simulate while the app holds the database', () => {
  it('asks the running app with the key of its run and prints the app\'s progress', async () => {
    const pgliteDir = path.join(root, 'held');
    const handle = await openDatabase({ pgliteDir });
    useTestDb(handle);
    await createSimulationFixture(handle.db);
    // Stands in for `npm start`: the route behind a plain server, the lock note with the port and the run's key.
    process.env.SIGAP_CLI_KEY = randomBytes(32).toString('base64url');
    process.env.SIGAP_FAMILY_HASH_KEY ??= 'kunci-hash-keluarga-uji-32-karakter-atau-lebih';
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const response = await internalSimulate(new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }));
      res.writeHead(response.status, Object.fromEntries(response.headers));
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holdAppLock(pgliteDir, String((server.address() as AddressInfo).port), process.env.SIGAP_CLI_KEY);
    try {
      const child = spawn('npm', ['run', '--silent', 'simulate', '--', '--until', '2022-10-22'], { env: cliEnv(pgliteDir) });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(status, stderr).toBe(0);
      expect(stdout).toContain('lewat aplikasi yang berjalan');
      expect(stdout).toMatch(/wawancara: [\d.]+\/[\d.]+ \(100%\)/);
      expect(stdout).toContain('Simulasi s.d. 2022-10-22');
      expect(await handle.db.$count(interviews)).toBeGreaterThan(0);
      const shut = await internalSimulate(new Request('http://127.0.0.1/api/internal/simulate', { method: 'POST', headers: { 'content-type': 'application/json', 'x-sigap-cli-key': 'x'.repeat(43) }, body: '{}' }));
      expect(shut.status).toBe(401);
    } finally {
      server.close();
      rmSync(lockPathFor(pgliteDir), { force: true });
      delete process.env.SIGAP_CLI_KEY;
      await handle.close();
    }
  }, 300_000);
});

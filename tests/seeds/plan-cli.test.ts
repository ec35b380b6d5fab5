import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { lockPathFor } from '@/seeds/app-lock';
import { fixtureRoadFamilies, seedPlanFixture } from './plan-fixture';

// The real `npm run plan` process: options, the PGlite guard and the --area path end to end.
const root = mkdtempSync(path.join(os.tmpdir(), 'sigap-plan-'));
const pgliteDir = path.join(root, 'pglite');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runPlan(args: string[], dir = pgliteDir) {
  // the guard is PGlite's: an empty DATABASE_URL means PGlite even when the suite runs on PostgreSQL
  const env = { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '' };
  const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['seeds/cli/plan.ts', ...args], { env, encoding: 'utf8', timeout: 180_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run plan', () => {
  beforeAll(async () => {
    const handle = await openDatabase({ pgliteDir });
    await seedPlanFixture(handle.db);
    await handle.close();
  });

  it.each([
    { what: 'neither --area nor --input', args: [] },
    { what: 'both --area and --input', args: ['--area', '64.71', '--input', 'x.csv'] },
    { what: 'both --input and --calibration', args: ['--input', 'x.csv', '--calibration', 'y.csv'] },
  ])('refuses $what with usage and exit code 2', ({ args }) => {
    const { status, stderr } = runPlan(args);
    expect(status).toBe(2);
    expect(stderr).toContain('Pilih tepat satu: --area <kode>, --input <beban-kerja.csv> atau --calibration <petugas-dilaporkan.csv>');
    expect(stderr).toContain('Pemakaian: npm run plan');
  });

  it('refuses a latin-1 workload file naming the line, as an upload would', () => {
    const file = path.join(root, 'latin1.csv');
    writeFileSync(file, Buffer.concat([Buffer.from('village_code,sls_code,families,access_mode,travel_days_one_way,local_staff\n64.71.01.1001,,300,road,0,yes\n'), Buffer.from([0x23, 0xe9, 0x0a])]));
    const { status, stderr } = runPlan(['--input', file]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/baris 3: berkas bukan UTF-8/);
  });

  it('says to seed first when the PGlite folder does not exist, and creates nothing', () => {
    const missing = path.join(root, 'none');
    const { status, stderr } = runPlan(['--area', '64.71'], missing);
    expect(status).toBe(2);
    expect(stderr).toContain('jalankan npm run seed atau npm start dulu');
    expect(existsSync(missing)).toBe(false);
  });

  it('plans an area of the PGlite database as JSON and exits 0', () => {
    const { status, stdout, stderr } = runPlan(['--area', '64.71', '--json']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ area: { code: '64.71' }, families: fixtureRoadFamilies });
  });

  it('plans a workload CSV without a database, named by its kecamatan even for one village', () => {
    const csv = path.join(root, 'beban.csv');
    writeFileSync(csv, 'village_code,sls_code,families,access_mode,travel_days_one_way,local_staff\n64.71.01.1001,,3000,road,0,yes\n');
    const { status, stdout } = runPlan(['--input', csv, '--json'], path.join(root, 'none'));
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ area: { code: '64.71.01', label: '64.71.01 Balikpapan Timur' }, families: 3000 });
  });

  it('refuses to open the PGlite folder while the app holds it', () => {
    writeFileSync(lockPathFor(pgliteDir), JSON.stringify({ pid: process.pid, port: '3000' }));
    try {
      const { status, stdout, stderr } = runPlan(['--area', '64.71', '--json']);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`Aplikasi sedang berjalan dengan basis data ${pgliteDir}`);
      expect(stderr).toContain('pakai DATABASE_URL');
      expect(stderr).toContain('halaman Perencanaan / POST /api/plans');
    } finally {
      rmSync(lockPathFor(pgliteDir), { force: true });
    }
  });
});

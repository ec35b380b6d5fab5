import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = mkdtempSync(path.join(os.tmpdir(), 'sigap-seed-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** `npm run seed` exactly as the README shows it, on a fresh embedded database. */
function npmRunSeed() {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: path.join(root, 'pglite') };
  delete env.DATABASE_URL;
  return spawnSync('npm', ['run', '--silent', 'seed'], { env, encoding: 'utf8', timeout: 600_000 });
}

describe('npm run seed', () => {
  it('seeds a clean database as the README says, and leaves a seeded one alone', () => {
    const first = npmRunSeed();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Selesai dalam/);
    // The demo in the middle of fieldwork: plans in force, rosters, interviews simulated up to the clock.
    expect(first.stdout).toMatch(/Simulasi s\.d\. 2022-10-28: [\d.]+ PPL, [\d.]+ rekaman \([\d.]+ diterima, 0 duplikat\)/);
    expect(first.stdout).toMatch(/Data lapangan demo siap/);
    const second = npmRunSeed();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/tidak ada yang diubah/);
  }, 1_200_000);

  it('has every CLI load the server-only shim before anything else', () => {
    const dir = path.resolve(import.meta.dirname, '../../seeds/cli');
    const withoutShim = readdirSync(dir).filter((f) => f.endsWith('.ts') && !readFileSync(path.join(dir, f), 'utf8').startsWith("import '../server-only-outside-next';"));
    expect(withoutShim).toEqual([]);
  });
});

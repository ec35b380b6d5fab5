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
  return spawnSync('npm', ['run', '--silent', 'seed'], { env, encoding: 'utf8', timeout: 300_000 });
}

describe('npm run seed', () => {
  it('seeds a clean database as the README says, and leaves a seeded one alone', () => {
    const first = npmRunSeed();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Selesai dalam/);
    const second = npmRunSeed();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/tidak ada yang diubah/);
  });

  it('has every CLI load the server-only shim before anything else', () => {
    const dir = path.resolve(import.meta.dirname, '../../seeds/cli');
    const withoutShim = readdirSync(dir).filter((f) => f.endsWith('.ts') && !readFileSync(path.join(dir, f), 'utf8').startsWith("import '../server-only-outside-next';"));
    expect(withoutShim).toEqual([]);
  });
});

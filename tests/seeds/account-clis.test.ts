import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { getTokenViewer, hashToken } from '@/db/queries/tokens';
import { createUser, listUsersWithPassword } from '@/db/queries/users';
import { apiTokens } from '@/db/schema';

const root = mkdtempSync(path.join(os.tmpdir(), 'sigap-token-'));
const pgliteDir = path.join(root, 'pglite');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(cli: 'token' | 'user', args: string[], password?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir, SIGAP_PASSWORD: password };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', `seeds/cli/${cli}.ts`, ...args], { env, encoding: 'utf8', timeout: 180_000 });
}
const runToken = (args: string[]) => run('token', args);

describe('npm run token without a running app', () => {
  it('prints a token for a user, stores only its hash, and refuses bad input', async () => {
    const setup = await openDatabase({ pgliteDir });
    await createUser(setup.db, { username: 'entri', name: 'Sistem entri', role: 'entry_system', areaCodes: ['64.71'], password: 'kata-sandi-uji' });
    await setup.close();

    const result = runToken(['--user', 'entri', '--days', '30']);
    expect(result.status, result.stderr).toBe(0);
    const token = result.stdout.trim();
    expect(token).toMatch(/^sgp_[\w-]{40,}$/);

    expect(runToken(['--user', 'tidak-ada']).status).toBe(2);
    expect(runToken(['--user', 'entri', '--days', '0']).status).toBe(2);
    expect(runToken([]).status).toBe(2);

    const check = await openDatabase({ pgliteDir });
    const stored = await check.db.select().from(apiTokens);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashToken(token));
    expect((await getTokenViewer(check.db, token, new Date()))?.role).toBe('entry_system');
    await check.close();
  });
});

describe('npm run user', () => {
  it('creates an account and changes a password, the password read from SIGAP_PASSWORD only', async () => {
    const add = ['add', '--username', 'kepala-kaltara', '--name', 'Kepala BPS Kaltara', '--role', 'office_head', '--area', '65'];
    expect(run('user', add, 'pendek').status).toBe(2); // too short
    expect(run('user', ['add', '--username', 'x y', '--name', 'a', '--role', 'office_head', '--area', '65'], 'kata-sandi-panjang').status).toBe(2);
    expect(run('user', [...add.slice(0, -1), 'enam-lima'], 'kata-sandi-panjang').status).toBe(2);
    const created = run('user', add, 'kata-sandi-panjang');
    expect(created.status, created.stderr).toBe(0);
    expect(run('user', add, 'kata-sandi-panjang').status).toBe(2); // already there
    const changed = run('user', ['password', '--username', 'kepala-kaltara'], 'kata-sandi-baru-sekali');
    expect(changed.status, changed.stderr).toBe(0);
    const check = await openDatabase({ pgliteDir });
    expect(await listUsersWithPassword(check.db, ['kepala-kaltara'], 'kata-sandi-baru-sekali')).toEqual(['kepala-kaltara']);
    expect(await listUsersWithPassword(check.db, ['kepala-kaltara'], 'kata-sandi-panjang')).toEqual([]);
    await check.close();
  });
});

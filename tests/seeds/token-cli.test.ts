import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { getTokenViewer, hashToken } from '@/db/queries/tokens';
import { createUser } from '@/db/queries/users';
import { apiTokens } from '@/db/schema';

const root = mkdtempSync(path.join(os.tmpdir(), 'sigap-token-'));
const pgliteDir = path.join(root, 'pglite');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runToken(args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DIR: pgliteDir };
  delete env.DATABASE_URL;
  return spawnSync(process.execPath, ['--import', 'tsx', 'seeds/cli/token.ts', ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

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

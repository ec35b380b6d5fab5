import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDbConfig } from '@/db/client';
import { EnvError, readEnv, readServerEnv } from '@/db/env';
import { isProduction, readCliKey, readSecrets } from '@/db/secrets';

const key = 'k'.repeat(32);

describe('readEnv', () => {
  it('gives the defaults for an empty environment', () => {
    expect(readEnv({})).toMatchObject({ PGLITE_DIR: '.data/pglite', PORT: 3000, SIGAP_TRUST_PROXY: [] });
    expect(readDbConfig({})).toEqual({ url: undefined, pgliteDir: '.data/pglite' });
  });

  it('treats an empty value as unset (DATABASE_URL= means the embedded database)', () => {
    expect(readDbConfig({ DATABASE_URL: '', PGLITE_DIR: '' })).toEqual({ url: undefined, pgliteDir: '.data/pglite' });
  });

  it.each([
    // variable, value → a message naming it
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['PORT', '70000'],
    ['PORT', 'tiga ribu'],
    ['SIGAP_ENV', 'prod'],
    ['SIGAP_AUTH_SECRET', 'pendek'],
    ['SIGAP_FAMILY_HASH_KEY', 'pendek'],
    ['SIGAP_CLI_KEY', 'pendek'],
    ['SIGAP_PUBLIC_URL', 'ftp://sigap.example'],
    ['SIGAP_PUBLIC_URL', 'bukan alamat'],
    ['SIGAP_TRUST_PROXY', '127.0.0.1, proksi-kantor'],
  ])('refuses %s=%s with its name', (name, value) => {
    expect(() => readEnv({ [name]: value })).toThrow(EnvError);
    expect(() => readEnv({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('reads the server settings: the public origin without its path, the declared proxies', () => {
    expect(readServerEnv({ SIGAP_PUBLIC_URL: 'https://sigap.bps.go.id/masuk', SIGAP_TRUST_PROXY: '127.0.0.1, ::1' })).toEqual({
      publicOrigin: 'https://sigap.bps.go.id',
      trustedProxies: ['127.0.0.1', '::1'],
      dev: false,
    });
  });

  it('knows the dev server from NODE_ENV, and the password `npm run user` sets, from the same schema', () => {
    expect(readServerEnv({ NODE_ENV: 'development' }).dev).toBe(true);
    expect(readServerEnv({ NODE_ENV: 'production' }).dev).toBe(false);
    expect(readEnv({ SIGAP_PASSWORD: 'rahasia panjang sekali' }).SIGAP_PASSWORD).toBe('rahasia panjang sekali');
    expect(readEnv({ SIGAP_PASSWORD: '' }).SIGAP_PASSWORD).toBeUndefined();
  });

  it('knows production and the CLI key from the same schema', () => {
    expect(isProduction({ SIGAP_ENV: 'production' })).toBe(true);
    expect(isProduction({})).toBe(false);
    expect(readCliKey({ SIGAP_CLI_KEY: key })).toBe(key);
    expect(readCliKey({})).toBeNull();
  });

  it('keeps generated secrets beside the embedded database, and names a secrets file it cannot read', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sigap-secrets-'));
    try {
      const env = { PGLITE_DIR: path.join(dir, 'pglite') };
      const first = readSecrets(env);
      expect(JSON.parse(readFileSync(path.join(dir, 'secrets.json'), 'utf8'))).toEqual(first);
      expect(readSecrets(env)).toEqual(first);
      writeFileSync(path.join(dir, 'secrets.json'), JSON.stringify({ authSecret: 5 }));
      expect(() => readSecrets(env)).toThrow(`${path.join(dir, 'secrets.json')} rusak`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

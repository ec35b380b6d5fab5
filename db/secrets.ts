import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { readEnv, type EnvSource } from './env';

/** Keys the app must keep secret: better-auth's signing secret and the key of the family-reference hash. */
export interface Secrets {
  authSecret: string;
  familyHashKey: string;
}

/** What `secrets.json` holds: either key may be missing (an older file) and is then generated. */
const storedSecrets = z.object({ authSecret: z.string().optional(), familyHashKey: z.string().optional() });

export class MissingSecretError extends Error {
  constructor(names: string[]) {
    super(`Produksi memerlukan ${names.join(' dan ')} di lingkungan (masing-masing minimal 32 karakter acak).`);
    this.name = 'MissingSecretError';
  }
}

/** True when the app runs as production (`SIGAP_ENV=production`): no demo passwords, no generated secrets. */
export function isProduction(env?: EnvSource): boolean {
  return readEnv(env).SIGAP_ENV === 'production';
}

/**
 * The secrets from `SIGAP_AUTH_SECRET` and `SIGAP_FAMILY_HASH_KEY`; outside production, missing ones are generated
 * once into `secrets.json` beside the embedded database's folder (mode 0600) so restarts keep sessions valid.
 */
export function readSecrets(env?: EnvSource): Secrets {
  const checked = readEnv(env);
  const fromEnv = { authSecret: checked.SIGAP_AUTH_SECRET, familyHashKey: checked.SIGAP_FAMILY_HASH_KEY };
  if (fromEnv.authSecret && fromEnv.familyHashKey) return fromEnv as Secrets;
  if (checked.SIGAP_ENV === 'production') {
    throw new MissingSecretError(Object.entries({ SIGAP_AUTH_SECRET: fromEnv.authSecret, SIGAP_FAMILY_HASH_KEY: fromEnv.familyHashKey }).filter(([, v]) => !v).map(([k]) => k));
  }
  const file = path.join(path.dirname(path.resolve(checked.PGLITE_DIR)), 'secrets.json');
  let stored: Partial<Secrets> = {};
  if (existsSync(file)) stored = readStoredSecrets(file);
  const secrets: Secrets = {
    authSecret: fromEnv.authSecret ?? stored.authSecret ?? randomBytes(32).toString('base64url'),
    familyHashKey: fromEnv.familyHashKey ?? stored.familyHashKey ?? randomBytes(32).toString('base64url'),
  };
  if (stored.authSecret !== secrets.authSecret || stored.familyHashKey !== secrets.familyHashKey) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ ...stored, ...secrets }), { mode: 0o600 });
  }
  return secrets;
}

function readStoredSecrets(file: string): Partial<Secrets> {
  const read = storedSecrets.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!read.success) throw new Error(`${file} rusak: hapus berkas itu agar kunci baru dibuat (sesi yang ada berakhir).`);
  return read.data;
}

/** The key `npm start` hands the app for `npm run token` while the app holds the embedded database, or null. */
export function readCliKey(env?: EnvSource): string | null {
  return readEnv(env).SIGAP_CLI_KEY ?? null;
}

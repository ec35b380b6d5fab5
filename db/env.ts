import path from 'node:path';
import { z } from 'zod';

const secret = (name: string) => z.string().min(32, `${name} minimal 32 karakter acak`);

const proxies = z
  .string()
  .transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean))
  .pipe(z.array(z.union([z.ipv4(), z.ipv6()], { message: 'daftar alamat IP proksi, dipisah koma' })));

/**
 * Every environment variable the app and its commands read, checked in one place (create-t3-app's env pattern). An
 * empty value counts as unset: tests and scripts pass `DATABASE_URL=` to mean "the embedded database". This is the
 * one module that reads `process.env` (a lint rule keeps it so; CLI entry points may hand it on to child processes).
 */
const envSchema = z.object({
  /** a PostgreSQL server; unset: the embedded PGlite database */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, message: 'harus alamat postgres://…' }).optional(),
  PGLITE_DIR: z.string().default(path.join('.data', 'pglite')),
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().optional(),
  /** `production`: secrets from the environment only, no demo data or demo passwords */
  SIGAP_ENV: z.enum(['production', 'development'], { message: 'production atau development' }).optional(),
  SIGAP_AUTH_SECRET: secret('SIGAP_AUTH_SECRET').optional(),
  SIGAP_FAMILY_HASH_KEY: secret('SIGAP_FAMILY_HASH_KEY').optional(),
  /** the per-run key `npm start` hands the app for `npm run token` */
  SIGAP_CLI_KEY: secret('SIGAP_CLI_KEY').optional(),
  /** the address users reach the app at, when a proxy publishes it */
  SIGAP_PUBLIC_URL: z.url({ protocol: /^https?$/, message: 'harus alamat http(s), mis. https://sigap.bps.go.id' }).transform((u) => new URL(u).origin).optional(),
  /** proxies whose X-Forwarded-For is believed; unset: the socket's peer is the client */
  SIGAP_TRUST_PROXY: proxies.default([]),
  /** the password `npm run user` sets, kept out of the command line (and so out of the shell's history) */
  SIGAP_PASSWORD: z.string().optional(),
  /** set by Next.js (and by `npm start` for its server): `development` loosens the page's script policy for hot reload */
  NODE_ENV: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Where variables come from: process.env, or a plain object in tests and child processes. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

export class EnvError extends Error {
  constructor(problems: string[]) {
    super(`Variabel lingkungan tidak valid: ${problems.join('; ')}`);
    this.name = 'EnvError';
  }
}

/** Reads and checks the environment; throws an EnvError naming every bad variable. */
export function readEnv(env: EnvSource = process.env): Env {
  const given = Object.fromEntries(Object.keys(envSchema.shape).map((key) => [key, env[key] || undefined]));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) throw new EnvError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`));
  return parsed.data;
}

export interface ServerEnv {
  publicOrigin: string | null;
  trustedProxies: string[];
  /** the development server (`npm run dev`), whose hot reload needs a looser script policy */
  dev: boolean;
}

/** The web server's settings: where it is published, which proxies stand in front, whether it is the dev server. */
export function readServerEnv(env: EnvSource = process.env): ServerEnv {
  const { SIGAP_PUBLIC_URL, SIGAP_TRUST_PROXY, NODE_ENV } = readEnv(env);
  return { publicOrigin: SIGAP_PUBLIC_URL ?? null, trustedProxies: SIGAP_TRUST_PROXY, dev: NODE_ENV === 'development' };
}

let cached: ServerEnv | undefined;

/** The process's server settings, read once. */
export function serverEnv(): ServerEnv {
  cached ??= readServerEnv();
  return cached;
}

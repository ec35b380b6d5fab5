import { z } from 'zod';

const publicUrl = z
  .url({ protocol: /^https?$/, message: 'SIGAP_PUBLIC_URL harus alamat http(s), mis. https://sigap.bps.go.id' })
  .transform((u) => new URL(u).origin);

const proxies = z
  .string()
  .transform((s) => s.split(',').map((p) => p.trim()).filter(Boolean))
  .pipe(z.array(z.union([z.ipv4(), z.ipv6()], { message: 'SIGAP_TRUST_PROXY: daftar alamat IP proksi, dipisah koma' })));

/** The web server's settings from the environment: where it is published and which proxies stand in front. */
const serverEnvSchema = z.object({
  /** the address users reach the app at, when it differs from the Host the app sees (behind a proxy) */
  SIGAP_PUBLIC_URL: publicUrl.optional(),
  /** proxies whose X-Forwarded-For is believed; unset: the socket's peer is the client */
  SIGAP_TRUST_PROXY: proxies.default([]),
});

export interface ServerEnv {
  publicOrigin: string | null;
  trustedProxies: string[];
}

/** Reads and checks the web server's settings; throws with every bad variable named. */
export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = serverEnvSchema.safeParse({ SIGAP_PUBLIC_URL: env.SIGAP_PUBLIC_URL || undefined, SIGAP_TRUST_PROXY: env.SIGAP_TRUST_PROXY || undefined });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; '));
  return { publicOrigin: parsed.data.SIGAP_PUBLIC_URL ?? null, trustedProxies: parsed.data.SIGAP_TRUST_PROXY };
}

let cached: ServerEnv | undefined;

/** The process's server settings, read once. */
export function serverEnv(): ServerEnv {
  cached ??= readServerEnv();
  return cached;
}

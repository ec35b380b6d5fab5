import '../server-only-outside-next'; // first: the production check loads db/queries
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { openDatabase, readDbConfig } from '@/db/client';
import { readEnv, type Env } from '@/db/env';
import { failStalledSaves } from '@/db/queries/plan-saves';
import { listUsersWithPassword } from '@/db/queries/users';
import { isProduction, readSecrets } from '@/db/secrets';
import { demoAccounts, demoPassword } from '@/lib/auth/demo-accounts';
import { heldByApp, holdAppLock } from '../app-lock';
import { seedDatabase } from '../seed-database';
import { progressPrinter, stampedWriter } from '../progress';
import { runWithProgress } from '../run-with-progress';

/**
 * `npm start`: builds when the sources are newer than the last build, applies migrations, seeds an empty database
 * (area frame, then the demo), closes it, and only then starts Next.js, so one process at a time owns PGlite's folder.
 */
const dev = process.argv.includes('--dev');
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
const root = process.cwd();
const nextBin = createRequire(path.join(root, 'package.json')).resolve('next/dist/bin/next');
const sourceEntries = ['app', 'db', 'lib', 'i18n', 'proxy.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json'];
/** Every line of the start says how long it has been running: the first one builds and seeds for minutes. */
const say = stampedWriter();

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce((m, child) => Math.max(m, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

async function buildIfNeeded() {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...sourceEntries.map(newestMtime));
  if (builtAt >= changedAt) return say('Build Next.js sudah terbaru.');
  say(builtAt ? 'Sumber berubah sejak build terakhir: membangun ulang (beberapa menit) ...' : 'Membangun aplikasi (sekali saja, beberapa menit) ...');
  const started = performance.now();
  const status = await runWithProgress({ command: process.execPath, args: [nextBin, 'build'], env: process.env, label: 'next build', write: say });
  if (status !== 0) throw new Error('next build gagal');
  say(`Build selesai (${((performance.now() - started) / 1000).toFixed(0)} detik).`);
}

/** The key `npm run token` uses to reach this run of the app while it holds the embedded database. */
const cliKey = randomBytes(32).toString('base64url');

async function prepareDatabase(settings: Env) {
  const config = readDbConfig();
  const production = isProduction();
  const held = heldByApp(config);
  if (held) throw new Error(`${held} Atau pakai PGLITE_DIR lain.`);
  // Held from before the first open until this process ends: the seeding here and the server after it.
  if (!config.url) holdAppLock(config.pgliteDir!, String(settings.PORT), cliKey);
  say(config.url ? 'Basis data: PostgreSQL (DATABASE_URL)' : `Basis data: PGlite tertanam di ${config.pgliteDir}`);
  const started = performance.now();
  const handle = await openDatabase(config);
  const seeded = await seedDatabase(handle.db, { log: say, onProgress: progressPrinter(say), production, fieldwork: true });
  // A save cut off by the last stop never finishes: say so on the plan and drop its partial rows. No other process
  // can be writing to PGlite's folder (the app lock), so there every 'saving' plan is cut off.
  const interrupted = await failStalledSaves(handle.db, config.url ? {} : { staleAfterSeconds: 0 });
  if (interrupted.length > 0) say(`Rencana yang penyimpanannya terputus ditandai gagal: ${interrupted.join(', ')}`);
  // A production start refuses accounts that still have the published demo password.
  const demoLeft = production ? await listUsersWithPassword(handle.db, demoAccounts.map((a) => a.username), demoPassword) : [];
  await handle.close();
  if (demoLeft.length > 0) throw new Error(`Mode produksi menolak kata sandi demo: ganti kata sandi atau hapus akun ${demoLeft.join(', ')}.`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  say(seeded.frame || seeded.demo || seeded.fieldwork ? `Basis data siap (${seconds} detik).` : 'Basis data siap (migrasi diterapkan, data sudah ada).');
}

async function warmUp(url: string) {
  // The first request opens the database (~3 s on PGlite); do it now rather than on a user's click.
  for (let attempt = 0; attempt < 60; attempt++) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return say(`Sigap siap di ${url}`);
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function main() {
  // Every variable is checked before anything else, so a bad one stops the start with its name.
  const settings = readEnv();
  if (!dev) await buildIfNeeded();
  await prepareDatabase(settings);
  const args = ['--import', 'tsx', path.join(root, 'seeds', 'serve.ts'), ...(dev ? ['--dev'] : [])];
  // Secrets from the environment, or (outside production) generated once into .data/; the app reads them from env.
  const secrets = readSecrets();
  const env = { ...process.env, NODE_ENV: dev ? ('development' as const) : ('production' as const), SIGAP_AUTH_SECRET: secrets.authSecret, SIGAP_FAMILY_HASH_KEY: secrets.familyHashKey, SIGAP_CLI_KEY: cliKey };
  const child = spawn(process.execPath, args, { stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
  void warmUp(`http://${settings.HOST ?? 'localhost'}:${settings.PORT}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

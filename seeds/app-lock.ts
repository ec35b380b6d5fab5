import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * PGlite has no cross-process lock, so `npm start` leaves a note beside the data folder while the app owns it;
 * CLIs that would open the same folder read it first and refuse rather than corrupt the data.
 */
export function lockPathFor(pgliteDir: string): string {
  return path.join(path.dirname(path.resolve(pgliteDir)), `${path.basename(pgliteDir)}.app.lock`);
}

const appLock = z.object({
  pid: z.number().int().positive(),
  port: z.string(),
  /** the key `npm run token` shows the running app (the file is readable by its owner only) */
  cliKey: z.string().optional(),
});

export type AppLock = z.infer<typeof appLock>;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The running app holding the folder, or null (a stale note from a crashed app is ignored). */
export function readAppLock(pgliteDir: string): AppLock | null {
  const file = lockPathFor(pgliteDir);
  if (!existsSync(file)) return null;
  try {
    const lock = appLock.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return lock.success && isAlive(lock.data.pid) ? lock.data : null;
  } catch {
    return null;
  }
}

/**
 * Why a CLI must not open the configured database now (the app holds the embedded one), or null. PostgreSQL
 * (`url`) serves many processes and is never held.
 */
export function heldByApp(config: { url?: string; pgliteDir?: string }): string | null {
  const lock = config.url || !config.pgliteDir ? null : readAppLock(config.pgliteDir);
  if (!lock) return null;
  return `Aplikasi sedang berjalan dengan basis data ${config.pgliteDir} (pid ${lock.pid}, port ${lock.port}); PGlite tidak boleh dibuka dua proses. Hentikan aplikasi dulu atau pakai DATABASE_URL (PostgreSQL).`;
}

/** Writes the note for this process and removes it when the process ends. */
export function holdAppLock(pgliteDir: string, port: string, cliKey?: string): void {
  const file = lockPathFor(pgliteDir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ pid: process.pid, port, cliKey }), { mode: 0o600 });
  const release = () => rmSync(file, { force: true });
  process.on('exit', release);
}

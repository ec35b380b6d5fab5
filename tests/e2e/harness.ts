import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** Debian's chromium; never a browser download. */
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const screenshotDir = path.join(process.cwd(), 'test-results', 'screenshots');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export interface RunningApp {
  url: string;
  /** the embedded database's folder the app holds */
  pgliteDir: string;
  stop: () => Promise<void>;
}

/**
 * Starts the built app with `npm start`'s own script on a fresh PGlite folder, bound to loopback: on `PORT` when set
 * (else a free port), the folder made inside `SIGAP_E2E_DATA_DIR` when set (else the system's temporary folder), so
 * runs side by side on one machine keep to their own port and disk.
 */
export async function startApp(): Promise<RunningApp> {
  const port = Number(process.env.PORT) || (await freePort());
  const parent = process.env.SIGAP_E2E_DATA_DIR ? path.resolve(process.env.SIGAP_E2E_DATA_DIR) : os.tmpdir();
  mkdirSync(parent, { recursive: true });
  const dataRoot = mkdtempSync(path.join(parent, 'sigap-e2e-'));
  // The browser stands for many users behind an office proxy on 127.0.0.1: each context sends its own
  // X-Forwarded-For (see newContext), so the sign-in limit counts them apart, as it would count real users.
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', PGLITE_DIR: path.join(dataRoot, 'pglite'), SIGAP_TRUST_PROXY: '127.0.0.1' };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'seeds/cli/start.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout?.on('data', (d) => (log += d));
  child.stderr?.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 500));
    rmSync(dataRoot, { recursive: true, force: true });
  };
  // The first start seeds the frame, the demo and its simulated fieldwork (about a minute on an idle 2-core machine).
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (log.includes('Sigap siap di')) return { url, stop, pgliteDir: env.PGLITE_DIR! };
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`the app did not start:\n${log}`);
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(screenshotDir, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

let contexts = 0;

/** A browser context that is another user: its own cookies and its own address behind the declared proxy. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  contexts++;
  return browser.newContext({ viewport: { width: 1280, height: 900 }, ...options, extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${contexts}`, ...options.extraHTTPHeaders } });
}

type Case = { name: string; fn: () => Promise<void> };

/**
 * A tiny sequential runner that ends with the plain "N passed, N failed" line CI reads. `SIGAP_E2E_GREP` (a
 * case-insensitive pattern) runs only the cases whose names match, for work on one page.
 */
export async function runCases(cases: Case[]): Promise<boolean> {
  let passed = 0;
  let failed = 0;
  const grep = process.env.SIGAP_E2E_GREP ? new RegExp(process.env.SIGAP_E2E_GREP, 'i') : null;
  for (const c of cases.filter((one) => !grep || grep.test(one.name))) {
    const started = performance.now();
    try {
      await c.fn();
      passed++;
      console.log(`  ✓ ${c.name} (${Math.round(performance.now() - started)} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${c.name}\n    ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

import { spawn } from 'node:child_process';
import { formatElapsed } from './progress';

export interface QuietWatchInput {
  /** what runs, for the "still running" line (`next build`) */
  label: string;
  write: (line: string) => void;
  /** milliseconds, performance.now by default */
  now?: () => number;
  /** how long a silence lasts before a "still running" line, and between two of them, in milliseconds */
  quietMs?: number;
}

/**
 * Passes a child's output lines through and, after every `quietMs` without one, says the child is still at work,
 * for how long, and the last thing it said: `next build` compiles for minutes without a word. Plain lines only (no
 * spinner, no carriage returns), so a terminal and a CI log read the same. `tick` is called by a timer.
 */
export function quietWatch({ label, write, now = () => performance.now(), quietMs = 15_000 }: QuietWatchInput) {
  const start = now();
  let lastSaid = start;
  let lastLine = '';
  return {
    line(text: string) {
      const trimmed = text.trimEnd();
      if (trimmed.trim() === '') return;
      lastSaid = now();
      lastLine = trimmed.trim();
      write(trimmed);
    },
    tick() {
      if (now() - lastSaid < quietMs) return;
      lastSaid = now();
      write(`  … ${label} masih berjalan (${formatElapsed(lastSaid - start)})${lastLine ? `; terakhir: ${lastLine}` : ''}`);
    },
    elapsed: () => formatElapsed(now() - start),
  };
}

/** Splits a stream's chunks into lines (LF, CRLF or a lone CR, which progress bars use), calling `onLine` for each. */
export function lineSplitter(onLine: (line: string) => void) {
  let rest = '';
  return {
    push(chunk: string) {
      const parts = (rest + chunk).split(/\r\n|\r|\n/);
      rest = parts.pop() ?? '';
      parts.forEach(onLine);
    },
    end() {
      if (rest) onLine(rest);
      rest = '';
    },
  };
}

/**
 * Runs a command to its end with its output (stdout and stderr) passed through `write` line by line and a "still
 * running" line after each quiet stretch; resolves with its exit code (1 when it could not start or was killed).
 */
export function runWithProgress({ command, args, env, label, write, quietMs }: { command: string; args: string[]; env?: NodeJS.ProcessEnv } & QuietWatchInput): Promise<number> {
  const watch = quietWatch({ label, write, quietMs });
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = lineSplitter(watch.line);
  const err = lineSplitter(watch.line);
  child.stdout.setEncoding('utf8').on('data', out.push);
  child.stderr.setEncoding('utf8').on('data', err.push);
  const timer = setInterval(watch.tick, 1000);
  return new Promise((resolve) => {
    child.on('error', (error) => {
      clearInterval(timer);
      write(`${label}: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      out.end();
      err.end();
      resolve(code ?? 1);
    });
  });
}

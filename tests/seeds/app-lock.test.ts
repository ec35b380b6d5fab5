import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockPathFor, readAppLock } from '@/seeds/app-lock';

const root = mkdtempSync(path.join(os.tmpdir(), 'sigap-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the app lock beside a PGlite folder', () => {
  const dir = path.join(root, 'pglite');

  it('is absent before any app started', () => {
    expect(readAppLock(dir)).toBeNull();
  });

  it('names a live app', () => {
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid: process.pid, port: '3000' }));
    expect(readAppLock(dir)).toEqual({ pid: process.pid, port: '3000' });
  });

  it('ignores the note of an app that died without removing it', () => {
    // pid 2^22 + 1 is above Linux's pid_max ceiling, so no process can have it
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid: 4_194_305, port: '3000' }));
    expect(readAppLock(dir)).toBeNull();
  });

  it('ignores a garbled note', () => {
    writeFileSync(lockPathFor(dir), '{not json');
    expect(readAppLock(dir)).toBeNull();
  });
});

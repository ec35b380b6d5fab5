import { describe, expect, it } from 'vitest';
import { retryOnDeadlock } from '@/db/use-cases/retry-on-deadlock';

const failing = (codes: (string | null)[]) => {
  let calls = 0;
  const run = async () => {
    const code = codes[calls++];
    if (code === undefined) return 'done';
    // drizzle wraps the driver's error: the SQLSTATE may sit on a cause
    throw Object.assign(new Error('query failed'), { cause: code === null ? undefined : Object.assign(new Error('pg'), { code }) });
  };
  return { run, calls: () => calls };
};

describe('retryOnDeadlock', () => {
  it.each([
    // errors before success               result      calls
    [[], 'done', 1],
    [['40P01'], 'done', 2],
    [['40P01', '40001', '40P01'], 'done', 4],
  ])('%j: %s after %i calls', async (codes, result, calls) => {
    const f = failing(codes);
    await expect(retryOnDeadlock(f.run)).resolves.toBe(result);
    expect(f.calls()).toBe(calls);
  });

  it.each([
    [['23505'], 1], // a unique violation is a bug, not bad luck
    [[null], 1],
    [['40P01', '40P01', '40P01', '40P01'], 4], // gives up
  ])('%j: throws after %i calls', async (codes, calls) => {
    const f = failing(codes);
    await expect(retryOnDeadlock(f.run)).rejects.toThrow('query failed');
    expect(f.calls()).toBe(calls);
  });
});

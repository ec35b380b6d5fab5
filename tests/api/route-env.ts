import { NextRequest } from 'next/server';
import { vi } from 'vitest';
import { setDbHandle, type DbHandle } from '@/db/client';

/** Background work the routes schedule with `after()`, so a test can await it. */
export const pendingAfter: Promise<unknown>[] = [];

// Route handlers run here without a Next request scope: `connection()` is a no-op and `after()` runs at once.
vi.mock('next/server', async (importOriginal) => {
  const actual = await importOriginal<typeof import('next/server')>();
  return {
    ...actual,
    connection: async () => {},
    after: (task: () => unknown) => {
      pendingAfter.push(Promise.resolve().then(task));
    },
  };
});

/** Makes the app's database handle the test's. */
export function useTestDb(handle: DbHandle) {
  setDbHandle(handle);
}

let authHeaders: Record<string, string> = {};

/** Headers every request below carries from now on in this file (a bearer token, usually). */
export function actAs(headers: Record<string, string>) {
  authHeaders = headers;
}

/** A request carrying the `actAs` headers. */
export function req(url: string, init: { method?: string; body?: string | Uint8Array<ArrayBuffer>; headers?: Record<string, string> } = {}): NextRequest {
  return new NextRequest(url, { ...init, headers: { ...authHeaders, ...init.headers } });
}

export function jsonRequest(url: string, body: unknown, method = 'POST'): NextRequest {
  return req(`http://localhost${url}`, { method, headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

export const routeParams = <T extends Record<string, string>>(params: T) => ({ params: Promise.resolve(params) });

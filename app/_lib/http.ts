import 'server-only';
import './zod-locale';
import { NextResponse } from 'next/server';
import type { ZodError, ZodType } from 'zod';

/** A JSON error body every API route uses: a message a person can read, and field details when there are any. */
export function errorResponse(status: number, message: string, details?: unknown) {
  return NextResponse.json({ error: message, ...(details === undefined ? {} : { details }) }, { status });
}

/** 422 with zod's issues as `{ path, message }`. */
export function validationError(error: ZodError) {
  const details = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return errorResponse(422, details[0]?.message ?? 'Masukan tidak valid', details);
}

/** Reads a JSON body against a schema: 415 without the JSON content type, 400 when it is not JSON, 422 with the issues when it does not fit. */
export async function parseJsonBody<T>(request: Request, schema: ZodType<T>): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, response: errorResponse(415, 'Badan permintaan harus JSON (Content-Type: application/json)') };
  const body: unknown = await request.json().catch(() => undefined);
  if (body === undefined) return { ok: false, response: errorResponse(400, 'Badan permintaan harus JSON') };
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: validationError(parsed.error) };
}

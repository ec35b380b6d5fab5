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

/** Reads a JSON body against a schema: 415 without the JSON content type, 413 past `maxBytes` (100 kB unless the route says), 400 when it is not JSON, 422 with the issues when it does not fit. */
export async function parseJsonBody<T>(
  request: Request,
  schema: ZodType<T>,
  { maxBytes = 100_000 }: { maxBytes?: number } = {},
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, response: errorResponse(415, 'Badan permintaan harus JSON (Content-Type: application/json)') };
  const bytes = Number(request.headers.get('content-length') ?? 0) > maxBytes ? null : await readBodyBytes(request, maxBytes);
  if (bytes === null) return { ok: false, response: errorResponse(413, `Badan permintaan terlalu besar (maks. ${Math.round(maxBytes / 1000)} kB)`) };
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, response: errorResponse(400, 'Badan permintaan harus JSON') };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: validationError(parsed.error) };
}

/** The body's bytes, or null as soon as they pass `maxBytes` (counted while reading: a huge body is never held whole). */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.length;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

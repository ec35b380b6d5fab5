import 'server-only';
import { NextResponse } from 'next/server';
import type { ZodError, ZodType } from 'zod';
import { langCookie, type Lang } from '@/i18n/config';
import { describeIssues, describeProblem } from '@/i18n/describe';
import type { Messages } from '@/i18n/messages';
import { translatorFor } from '@/i18n/translator';
import type { Problem } from '@/lib/i18n/problem';
import { pickLanguage, readCookie } from '@/lib/i18n/pick-language';

/**
 * The language an API caller reads: the `sigap_lang` cookie (the app's own pages), else `Accept-Language` when it
 * ranks English above Indonesian, else Indonesian. Every refusal below is worded in it.
 */
export function requestLang(request: Request): Lang {
  return pickLanguage({ cookie: readCookie(request.headers.get('cookie'), langCookie), acceptLanguage: request.headers.get('accept-language') });
}

/** The JSON error body every API route answers: `{ error, ...extra }`, a message already in the caller's language. */
export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: message, ...extra }, { status });
}

type ApiKey = keyof Messages['api'];

/**
 * An error from the `api` messages in the caller's language, e.g. `errorResponse(request, 404, 'planNotFound')` or
 * `errorResponse(request, 403, 'areaOutsideScope', { values: { areaCode } })`; `extra` joins the body (`details`, ...).
 */
export function errorResponse(request: Request, status: number, key: ApiKey, { values, extra }: { values?: Record<string, string | number>; extra?: Record<string, unknown> } = {}) {
  return jsonError(status, translatorFor(requestLang(request)).t(`api.${key}`, values), extra);
}

/** A lib/ problem (a code with its facts) in the caller's language. */
export function problemResponse(request: Request, status: number, problem: Problem, extra?: Record<string, unknown>) {
  return jsonError(status, describeProblem(problem, requestLang(request)), extra);
}

/** 422 with zod's issues as `{ path, message }` in the caller's language; the first one is the error. */
export function validationError(request: Request, error: ZodError) {
  const details = describeIssues(error, requestLang(request));
  return jsonError(422, details[0]?.message ?? translatorFor(requestLang(request)).t('api.invalidInput'), { details });
}

/** Reads a JSON body against a schema: 415 without the JSON content type, 413 past `maxBytes` (100 kB unless the route says), 400 when it is not JSON, 422 with the issues when it does not fit. */
export async function parseJsonBody<T>(
  request: Request,
  schema: ZodType<T>,
  { maxBytes = 100_000 }: { maxBytes?: number } = {},
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { ok: false, response: errorResponse(request, 415, 'jsonContentType') };
  const bytes = Number(request.headers.get('content-length') ?? 0) > maxBytes ? null : await readBodyBytes(request, maxBytes);
  if (bytes === null) return { ok: false, response: errorResponse(request, 413, 'jsonTooLarge', { values: { kilobytes: Math.round(maxBytes / 1000) } }) };
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, response: errorResponse(request, 400, 'notJson') };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, response: validationError(request, parsed.error) };
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

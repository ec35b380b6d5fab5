import 'server-only';
import './zod-locale';
import { NextResponse } from 'next/server';
import type { ZodError } from 'zod';

/** A JSON error body every API route uses: a message a person can read, and field details when there are any. */
export function errorResponse(status: number, message: string, details?: unknown) {
  return NextResponse.json({ error: message, ...(details === undefined ? {} : { details }) }, { status });
}

/** 422 with zod's issues as `{ path, message }`. */
export function validationError(error: ZodError) {
  const details = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  return errorResponse(422, details[0]?.message ?? 'Masukan tidak valid', details);
}

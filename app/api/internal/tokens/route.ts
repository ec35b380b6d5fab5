import { createHash, timingSafeEqual } from 'node:crypto';
import { NextResponse } from 'next/server';
import { createTokenFor } from '@/db/queries/tokens';
import { readCliKey } from '@/db/secrets';
import { tokenRequestInput } from '@/lib/auth/inputs';
import { requestDb } from '../../../_lib/db';
import { errorResponse, parseJsonBody } from '../../../_lib/http';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Compares digests, not the strings: equal lengths whatever bytes a caller sends, and no timing leak. */
function keyMatches(given: string | null, expected: string | null): boolean {
  if (!given || !expected) return false;
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * POST /api/internal/tokens: `npm run token` while the app holds the embedded database (PGlite allows one process),
 * authenticated by the key `npm start` wrote beside the data folder for this run (readable by its owner only).
 */
export async function POST(request: Request) {
  if (!keyMatches(request.headers.get('x-sigap-cli-key'), readCliKey())) return errorResponse(request, 401, 'cliKeyMismatch');
  const input = await parseJsonBody(request, tokenRequestInput);
  if (!input.ok) return input.response;
  const created = await createTokenFor(await requestDb(), { request: input.data, createdBy: null, now: new Date() });
  if (!created) return errorResponse(request, 404, 'userNotFound', { values: { username: input.data.username } });
  return NextResponse.json(created, { status: 201 });
}

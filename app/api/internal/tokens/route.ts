import { timingSafeEqual } from 'node:crypto';
import { addDays } from 'date-fns';
import { NextResponse } from 'next/server';
import { createToken } from '@/db/queries/tokens';
import { getUserId } from '@/db/queries/users';
import { readCliKey } from '@/db/secrets';
import { tokenRequestInput } from '@/lib/auth/inputs';
import { requestDb } from '../../../_lib/db';
import { errorResponse, parseJsonBody } from '../../../_lib/http';

function keyMatches(given: string | null, expected: string | null): boolean {
  if (!given || !expected || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/**
 * POST /api/internal/tokens: `npm run token` while the app holds the embedded database (PGlite allows one process),
 * authenticated by the key `npm start` wrote beside the data folder for this run (readable by its owner only).
 */
export async function POST(request: Request) {
  if (!keyMatches(request.headers.get('x-sigap-cli-key'), readCliKey())) return errorResponse(401, 'Kunci CLI tidak cocok');
  const input = await parseJsonBody(request, tokenRequestInput);
  if (!input.ok) return input.response;
  const db = await requestDb();
  const userId = await getUserId(db, input.data.username);
  if (!userId) return errorResponse(404, `Pengguna ${input.data.username} tidak ada`);
  const expiresAt = input.data.days ? addDays(new Date(), input.data.days) : null;
  const created = await createToken(db, { userId, name: input.data.name, createdBy: null, expiresAt });
  return NextResponse.json({ token: created.token, id: created.id, prefix: created.prefix, expiresAt }, { status: 201 });
}

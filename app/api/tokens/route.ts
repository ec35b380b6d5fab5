import { NextResponse } from 'next/server';
import { createTokenFor, listTokens } from '@/db/queries/tokens';
import { tokenRequestInput } from '@/lib/auth/inputs';
import { managesUser } from '@/lib/auth/manages-user';
import { guardRoute } from '../../_lib/auth';
import { errorResponse, parseJsonBody } from '../../_lib/http';

/** GET /api/tokens: bearer tokens of the users inside the office head's areas (never the tokens themselves). */
export async function GET(request: Request) {
  const gate = await guardRoute(request, 'GET /api/tokens');
  if (!gate.ok) return gate.response;
  return NextResponse.json({ tokens: await listTokens(gate.db, gate.scope) });
}

/** POST /api/tokens { username, name, days? }: a new bearer token for a user of the region, shown once. */
export async function POST(request: Request) {
  const gate = await guardRoute(request, 'POST /api/tokens');
  if (!gate.ok) return gate.response;
  const input = await parseJsonBody(request, tokenRequestInput);
  if (!input.ok) return input.response;
  const created = await createTokenFor(gate.db, { request: input.data, createdBy: gate.viewer.userId, now: new Date(), allowed: (areas) => managesUser(gate.viewer, areas) });
  if (!created) return errorResponse(request, 404, 'userNotInArea', { values: { username: input.data.username } });
  return NextResponse.json(created, { status: 201 });
}

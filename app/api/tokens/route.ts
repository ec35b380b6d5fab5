import { addDays } from 'date-fns';
import { NextResponse } from 'next/server';
import { createToken, listTokens } from '@/db/queries/tokens';
import { listUsers } from '@/db/queries/users';
import { tokenRequestInput } from '@/lib/auth/inputs';
import { managesUser } from '@/lib/auth/manages-user';
import { guardRoute } from '../../_lib/auth';
import { errorResponse, parseJsonBody } from '../../_lib/http';

/** GET /api/tokens: bearer tokens of the users inside the office head's areas (never the tokens themselves). */
export async function GET(request: Request) {
  const gate = await guardRoute(request, 'GET /api/tokens');
  if (!gate.ok) return gate.response;
  const users = (await listUsers(gate.db)).filter((u) => managesUser(gate.viewer, u.areaCodes));
  return NextResponse.json({ tokens: await listTokens(gate.db, users.map((u) => u.id)) });
}

/** POST /api/tokens { username, name, days? }: a new bearer token for a user of the region, shown once. */
export async function POST(request: Request) {
  const gate = await guardRoute(request, 'POST /api/tokens');
  if (!gate.ok) return gate.response;
  const input = await parseJsonBody(request, tokenRequestInput);
  if (!input.ok) return input.response;
  const user = (await listUsers(gate.db)).find((u) => u.username === input.data.username);
  if (!user || !managesUser(gate.viewer, user.areaCodes)) return errorResponse(404, `Pengguna ${input.data.username} tidak ditemukan di wilayah Anda`);
  const expiresAt = input.data.days ? addDays(new Date(), input.data.days) : null;
  const created = await createToken(gate.db, { userId: user.id, name: input.data.name, createdBy: gate.viewer.userId, expiresAt });
  return NextResponse.json({ token: created.token, id: created.id, prefix: created.prefix, expiresAt }, { status: 201 });
}

import { NextResponse } from 'next/server';
import { getTokenOwner, revokeToken } from '@/db/queries/tokens';
import { listUsers } from '@/db/queries/users';
import { tokenIdInput } from '@/lib/auth/inputs';
import { managesUser } from '@/lib/auth/manages-user';
import { guardRoute } from '../../../_lib/auth';
import { errorResponse, validationError } from '../../../_lib/http';

/** DELETE /api/tokens/:id: revokes a token of a user of the region; it stops working at once. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await guardRoute(request, 'DELETE /api/tokens/[id]');
  if (!gate.ok) return gate.response;
  const id = tokenIdInput.safeParse((await params).id);
  if (!id.success) return validationError(id.error);
  const owner = await getTokenOwner(gate.db, id.data);
  const user = (await listUsers(gate.db)).find((u) => u.id === owner);
  if (!user || !managesUser(gate.viewer, user.areaCodes)) return errorResponse(404, 'Token tidak ditemukan');
  const revoked = await revokeToken(gate.db, id.data, new Date());
  return NextResponse.json({ revoked });
}

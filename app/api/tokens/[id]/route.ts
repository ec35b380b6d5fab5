import { NextResponse } from 'next/server';
import { getToken, revokeToken } from '@/db/queries/tokens';
import { tokenIdInput } from '@/lib/auth/inputs';
import { guardRoute } from '../../../_lib/auth';
import { errorResponse, validationError } from '../../../_lib/http';

/** DELETE /api/tokens/:id: revokes a token of a user of the region; it stops working at once. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const gate = await guardRoute(request, 'DELETE /api/tokens/[id]');
  if (!gate.ok) return gate.response;
  const id = tokenIdInput.safeParse((await params).id);
  if (!id.success) return validationError(request, id.error);
  if (!(await getToken(gate.db, gate.scope, id.data))) return errorResponse(request, 404, 'tokenNotFound');
  return NextResponse.json({ revoked: await revokeToken(gate.db, id.data, new Date()) });
}

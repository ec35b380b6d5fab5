import { NextResponse } from 'next/server';
import { guardRoute } from '../../_lib/auth';

/** GET /api/me: who the session or token is, with role and areas (what a client needs to show its scope). */
export async function GET(request: Request) {
  const gate = await guardRoute(request, 'GET /api/me');
  if (!gate.ok) return gate.response;
  const { username, name, role, areaCodes } = gate.viewer;
  return NextResponse.json({ user: { username, name, role, areaCodes } });
}

import { NextResponse } from 'next/server';
import { getDbHandle } from '@/db/client';
import { getActiveOperation } from '@/db/queries/operations';
import { requestDb } from '../../_lib/db';

/** GET /api/health: the database answers and an operation exists. No personal data. */
export async function GET() {
  const db = await requestDb(); // public: the start script and load balancers ask without signing in
  const { driver } = await getDbHandle();
  const operation = await getActiveOperation(db);
  return NextResponse.json({ ok: true, driver, operation: operation?.name ?? null });
}

import 'server-only';
import { connection } from 'next/server';
import { getDb } from '@/db/client';
import { getActiveOperation } from '@/db/queries/operations';

/** The database for a request; `connection()` keeps `next build` from opening it and baking rows into HTML. */
export async function requestDb() {
  await connection();
  return getDb();
}

/** Database and active operation for a page. */
export async function requestContext() {
  const db = await requestDb();
  return { db, operation: await getActiveOperation(db) };
}

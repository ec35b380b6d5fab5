import 'server-only';
import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { ViewerScope } from '@/lib/auth/scope';
import type { RosterPerson } from '@/lib/staff/parse-roster-csv';
import { insertInBatches } from '../bulk-insert';
import type { Db } from '../client';
import { staff } from '../schema';
import { insideScope } from './scope';

/** Adds roster people to an operation in one transaction. */
export async function createStaff(db: Db, operationId: number, people: readonly RosterPerson[]): Promise<number> {
  await db.transaction(async (tx) => {
    await insertInBatches(
      tx as unknown as Db,
      staff,
      people.map((p) => ({ operationId, name: p.name, role: p.role, phone: p.phone, homeAreaCode: p.homeVillageCode, status: 'active' as const })),
    );
  });
  return people.length;
}

export interface StaffListItem {
  id: number;
  name: string;
  role: 'ppl' | 'pml' | 'koseka';
  phone: string | null;
  homeAreaCode: string | null;
  status: 'candidate' | 'active' | 'dropped_out';
}

/** An operation's roster: the people living inside the viewer's areas (someone with no home village is nobody's). */
export async function listStaff(db: Db, scope: ViewerScope, operationId: number): Promise<StaffListItem[]> {
  return db
    .select({ id: staff.id, name: staff.name, role: staff.role, phone: staff.phone, homeAreaCode: staff.homeAreaCode, status: staff.status })
    .from(staff)
    .where(and(eq(staff.operationId, operationId), isNotNull(staff.homeAreaCode), insideScope(scope, staff.homeAreaCode)))
    .orderBy(asc(staff.homeAreaCode), asc(staff.name));
}

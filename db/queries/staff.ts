import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { RosterPerson } from '@/lib/staff/parse-roster-csv';
import { insertInBatches } from '../bulk-insert';
import type { Db } from '../client';
import { areas, staff } from '../schema';

/** Which of `codes` are villages of the frame: the roster check before anything is written. */
export async function findVillageCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(codes)];
  const found = new Set<string>();
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await db
      .select({ code: areas.code })
      .from(areas)
      .where(and(eq(areas.level, 'desa'), inArray(areas.code, unique.slice(i, i + 5000))));
    rows.forEach((r) => found.add(r.code));
  }
  return found;
}

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

/** An operation's roster, optionally only the people living inside an area. */
export async function listStaff(db: Db, operationId: number): Promise<StaffListItem[]> {
  return db
    .select({ id: staff.id, name: staff.name, role: staff.role, phone: staff.phone, homeAreaCode: staff.homeAreaCode, status: staff.status })
    .from(staff)
    .where(eq(staff.operationId, operationId))
    .orderBy(asc(staff.homeAreaCode), asc(staff.name));
}

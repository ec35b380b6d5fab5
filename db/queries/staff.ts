import 'server-only';
import { alias } from 'drizzle-orm/pg-core';
import { and, asc, count, eq, ilike, isNotNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { ViewerScope } from '@/lib/auth/scope';
import type { RosterPerson } from '@/lib/staff/parse-roster-csv';
import type { StaffRole } from '@/lib/staff/roles';
import { clampPage } from '@/lib/staff/staff-search-input';
import { normalizePhone } from '@/lib/staff/normalize-phone';
import { lockKeys } from '../locks';
import { rowsOf } from '../rows';
import type { Db } from '../client';
import { areas, staff } from '../schema';
import { escapeLike, insideScope } from './scope';

export interface RosterImport {
  /** people new to the operation's roster */
  created: number;
  /** rows that named someone already there (or twice in the file): updated, not added */
  known: number;
}

/**
 * Adds roster people to an operation in one transaction, recognising those already there:
 * by phone when the row gives one (their name, role and home village are updated), else by name (any case) and home
 * village (their role is updated). The unique indexes on staff hold the rule; an advisory lock per operation makes
 * imports at once queue instead of deadlocking on each other's rows.
 */
export async function createStaff(db: Db, operationId: number, people: readonly RosterPerson[]): Promise<RosterImport> {
  const rows = people.map((p) => ({ line: p.line, name: p.name.trim(), role: p.role, phone: normalizePhone(p.phone), home: p.homeVillageCode }));
  const withPhone = rows.filter((r) => r.phone !== null);
  const withoutPhone = rows.filter((r) => r.phone === null);
  let created = 0;
  await db.transaction(async (t) => {
    await lockKeys(t, [`staff:${operationId}`]);
    for (let i = 0; i < withPhone.length; i += batchSize) created += await upsertByPhone(t, operationId, withPhone.slice(i, i + batchSize));
    for (let i = 0; i < withoutPhone.length; i += batchSize) created += await upsertByName(t, operationId, withoutPhone.slice(i, i + batchSize));
  });
  return { created, known: people.length - created };
}

type RosterRow = { line: number; name: string; role: string; phone: string | null; home: string };
const batchSize = 2000;

// A row named twice in one file counts once, its last line winning (`distinct on`, with the database's own lower()).
const values = (rows: readonly RosterRow[]) =>
  sql.join(rows.map((r) => sql`(${r.line}::int, ${r.name}::text, ${r.role}::text, ${r.phone}::text, ${r.home}::text)`), sql`, `);

async function upsertByPhone(db: Db, operationId: number, rows: readonly RosterRow[]): Promise<number> {
  const result = await db.execute(sql`
    insert into ${staff} (operation_id, name, role, phone, home_area_code, status)
    select distinct on (v.phone) ${operationId}::int, v.name, v.role::staff_role, v.phone, v.home, 'active'
      from (values ${values(rows)}) as v(line, name, role, phone, home)
     order by v.phone, v.line desc
    on conflict (operation_id, phone) where phone is not null
    do update set name = excluded.name, role = excluded.role, home_area_code = excluded.home_area_code
    returning (xmax = 0) as created`);
  return rowsOf<{ created: boolean }>(result).filter((r) => r.created).length;
}

async function upsertByName(db: Db, operationId: number, rows: readonly RosterRow[]): Promise<number> {
  const result = await db.execute(sql`
    insert into ${staff} (operation_id, name, role, phone, home_area_code, status)
    select distinct on (lower(v.name), v.home) ${operationId}::int, v.name, v.role::staff_role, null, v.home, 'active'
      from (values ${values(rows)}) as v(line, name, role, phone, home)
     order by lower(v.name), v.home, v.line desc
    on conflict (operation_id, lower(name), home_area_code) where phone is null
    do update set name = excluded.name, role = excluded.role
    returning (xmax = 0) as created`);
  return rowsOf<{ created: boolean }>(result).filter((r) => r.created).length;
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

export interface StaffPageItem extends StaffListItem {
  /** the home village's name and its kecamatan's, when the frame knows them */
  villageName: string | null;
  districtName: string | null;
}

export interface StaffPageQuery {
  operationId: number;
  /** a fragment of the person's name, of their village, kecamatan or kabupaten name, a role, or an area code prefix */
  q?: string;
  role?: StaffRole;
  /** 1-based; past the last page the last one is read */
  page: number;
  pageSize: number;
}

const village = alias(areas, 'village');
const district = alias(areas, 'district');
const regency = alias(areas, 'regency');

/**
 * One page of an operation's roster inside the viewer's areas (listStaff's rule, in SQL), in home village then name
 * order, with how many match in all and the page actually read (a page past the end reads the last).
 */
export async function listStaffPage(db: Db, scope: ViewerScope, query: StaffPageQuery): Promise<{ rows: StaffPageItem[]; total: number; page: number }> {
  const where = and(
    eq(staff.operationId, query.operationId),
    isNotNull(staff.homeAreaCode),
    insideScope(scope, staff.homeAreaCode),
    query.role ? eq(staff.role, query.role) : undefined,
    query.q ? matching(query.q) : undefined,
  );
  const [counted] = await db
    .select({ total: count() })
    .from(staff)
    .leftJoin(village, eq(village.code, staff.homeAreaCode))
    .leftJoin(district, eq(district.code, village.parentCode))
    .leftJoin(regency, eq(regency.code, district.parentCode))
    .where(where);
  const total = counted?.total ?? 0;
  const page = clampPage({ page: query.page, total, pageSize: query.pageSize });
  const rows = await db
    .select({ id: staff.id, name: staff.name, role: staff.role, phone: staff.phone, homeAreaCode: staff.homeAreaCode, status: staff.status, villageName: village.name, districtName: district.name })
    .from(staff)
    .leftJoin(village, eq(village.code, staff.homeAreaCode))
    .leftJoin(district, eq(district.code, village.parentCode))
    .leftJoin(regency, eq(regency.code, district.parentCode))
    .where(where)
    .orderBy(asc(staff.homeAreaCode), asc(staff.name), asc(staff.id))
    .limit(query.pageSize)
    .offset((page - 1) * query.pageSize);
  return { rows, total, page };
}

/** A person whose name, village, kecamatan or kabupaten holds `q`, whose role is `q`, or who lives under the code `q`. */
function matching(q: string): SQL {
  const fragment = `%${escapeLike(q)}%`;
  return or(
    ilike(staff.name, fragment),
    ilike(village.name, fragment),
    ilike(district.name, fragment),
    ilike(regency.name, fragment),
    sql`${staff.role}::text = lower(${q})`,
    like(staff.homeAreaCode, `${escapeLike(q)}%`),
  )!;
}

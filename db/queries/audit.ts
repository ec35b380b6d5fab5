import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { ViewerScope } from '@/lib/auth/scope';
import type { Db } from '../client';
import { rowsOf } from '../rows';
import { auditLog, planSlots, users } from '../schema';
import { insideScope, overlappingScope, visibleSlot } from './scope';

/** An audit entry to write: who, what, before and after, and what it is about for the coordinators' log. */
export interface NewAuditEntry {
  userId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  /** the kecamatan of a move or dropout, the plan's area of an adoption */
  areaCode: string;
  planId: number;
  slsCode?: string | null;
  slotIds?: readonly number[];
}

/** Writes audit entries in the caller's transaction; returns their ids in order. */
export async function recordAudit(db: Db, entries: readonly NewAuditEntry[]): Promise<number[]> {
  if (entries.length === 0) return [];
  const rows = await db
    .insert(auditLog)
    .values(entries.map((e) => ({ ...e, slsCode: e.slsCode ?? null, slotIds: e.slotIds ? [...e.slotIds] : null })))
    .returning({ id: auditLog.id });
  return rows.map((r) => r.id);
}

export interface AuditRow {
  id: number;
  at: string;
  userId: string | null;
  userName: string | null;
  action: string;
  entity: string;
  entityId: string;
  areaCode: string | null;
  planId: number | null;
  slsCode: string | null;
  slotIds: number[];
  /** the labels of `slotIds` ("PPL 64.71.01-003"), in the same order */
  slotLabels: string[];
  before: unknown;
  after: unknown;
}

export type AuditSubject = { ppl: number } | { sls: string } | { kecamatan: string };

/**
 * The coordinators' log of one PPL slot, SLS or kecamatan, newest first, as far as the viewer may see: office heads
 * and KOSEKA the entries of kecamatan in their areas, a PML those touching a PPL of their team; adoptions of any
 * area over or inside the viewer's. A kecamatan's log holds the adoptions of the areas above it too.
 */
export async function listAuditEntries(db: Db, scope: ViewerScope, subject: AuditSubject, { limit }: { limit?: number } = {}): Promise<AuditRow[]> {
  const about = 'ppl' in subject
    ? sql`a.slot_ids @> array[${subject.ppl}::int]`
    : 'sls' in subject
      ? sql`a.sls_code = ${subject.sls}`
      : sql`(a.area_code = ${subject.kecamatan} or starts_with(a.area_code, ${subject.kecamatan} || '.') or (a.action = 'plan.adopt' and (a.area_code = 'ID' or starts_with(${subject.kecamatan}, a.area_code || '.'))))`;
  const result = await db.execute(sql`
    select a.id, a.at, a.user_id, u.name as user_name, a.action, a.entity, a.entity_id, a.area_code, a.plan_id, a.sls_code,
           coalesce(a.slot_ids, '{}') as slot_ids, a.before, a.after,
           coalesce((select array_agg(s.label order by k.ord) from unnest(a.slot_ids) with ordinality k(id, ord) join ${planSlots} s on s.id = k.id), '{}') as slot_labels
      from ${auditLog} a
      left join ${users} u on u.id = a.user_id
     where a.area_code is not null and ${about} and ${visibleEntry(scope)}
     order by a.at desc, a.id desc
     ${limit === undefined ? sql`` : sql`limit ${limit}`}`);
  return rowsOf<{ id: number; at: string | Date; user_id: string | null; user_name: string | null; action: string; entity: string; entity_id: string; area_code: string | null; plan_id: number | null; sls_code: string | null; slot_ids: number[] | string; slot_labels: string[] | string; before: unknown; after: unknown }>(result).map((r) => ({
    id: Number(r.id),
    at: new Date(r.at).toISOString(),
    userId: r.user_id,
    userName: r.user_name,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    areaCode: r.area_code,
    planId: r.plan_id === null ? null : Number(r.plan_id),
    slsCode: r.sls_code,
    slotIds: pgArray(r.slot_ids).map(Number),
    slotLabels: pgArray(r.slot_labels),
    before: parseJson(r.before),
    after: parseJson(r.after),
  }));
}

/** True when the viewer may see plan slot `slotId` (of any plan): whose log they may read. */
export async function isSlotVisible(db: Db, scope: ViewerScope, slotId: number): Promise<boolean> {
  return (await getVisibleSlotLabel(db, scope, slotId)) !== null;
}

/** The label of plan slot `slotId` ("PPL 64.71.01-003") when the viewer may see it, else null: the log page's heading. */
export async function getVisibleSlotLabel(db: Db, scope: ViewerScope, slotId: number): Promise<string | null> {
  const [row] = await db.select({ label: planSlots.label }).from(planSlots).where(and(eq(planSlots.id, slotId), visibleSlot(scope)));
  return row?.label ?? null;
}

/** An entry the viewer may see (see listAuditEntries). */
function visibleEntry(scope: ViewerScope): SQL {
  const adoption = sql`(a.action = 'plan.adopt' and ${overlappingScope(scope, sql`a.area_code`)})`;
  if (scope.role === 'office_head' || scope.role === 'koseka') return sql`(${adoption} or ${insideScope(scope, sql`a.area_code`)})`;
  if (scope.role !== 'pml') return sql`false`;
  const team = sql`array(select ${planSlots.id} from ${planSlots} where ${planSlots.role} = 'ppl' and ${visibleSlot(scope)})`;
  return sql`(${adoption} or a.slot_ids && ${team})`;
}

/** postgres.js gives arrays and jsonb parsed; PGlite too, but a text array may come as '{a,b}'. */
function pgArray<T extends string | number>(value: T[] | string): string[] {
  if (Array.isArray(value)) return value.map(String);
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((v) => v.replace(/^"|"$/g, ''));
}

function parseJson(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

import 'server-only';
import { and, asc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { isAreaCode, levelOfCode, type AreaLevel } from '@/lib/areas/codes';
import type { ViewerScope } from '@/lib/auth/scope';
import { remoteAccessModes } from '@/lib/workload/remote';
import type { AreaAccess } from '@/lib/workload/types';
import type { Db } from '../client';
import { areas, workloads } from '../schema';
import { plannableLevels } from '@/lib/planning/plan-area-refusal';
import { escapeLike, insideScope, overlappingScope } from './scope';

export interface AreaRef {
  code: string;
  name: string;
  level: AreaLevel;
}

export interface AreaRow extends AreaRef {
  subareas: number;
  families: number;
  sls: number;
  remoteFamilies: number;
  /** access modes of its SLS, `unknown` for those without access data */
  accessModes: AreaAccess[];
  /** for an SLS row: the village's travel and staffing attributes */
  travelDaysOneWay?: number;
  localStaff?: boolean;
}

export interface AreaChain {
  /** the area and its ancestors, country first */
  chain: AreaRef[];
  /** whether the area overlaps the viewer's: only then is the way down into it shown */
  inScope: boolean;
}

/**
 * The area and its ancestors, and whether the viewer may look inside it; null when the code is not in the frame. The
 * frame itself is public: a known area outside the viewer's answers differently from an unknown one.
 */
export async function getAreaWithAncestors(db: Db, scope: ViewerScope, code: string): Promise<AreaChain | null> {
  const parts = code.split('.');
  const codes = parts.map((_, i) => parts.slice(0, i + 1).join('.'));
  const rows = await db
    .select({ code: areas.code, name: areas.name, level: areas.level, inScope: sql<boolean>`${overlappingScope(scope, areas.code)}` })
    .from(areas)
    .where(inArray(areas.code, codes));
  const area = rows.find((r) => r.code === code);
  if (!area) return null;
  const chain = rows.sort((a, b) => a.code.length - b.code.length).map(({ inScope: _, ...ref }) => ref);
  return { chain, inScope: area.inScope };
}

const groupColumn = {
  provinsi: workloads.provinceCode,
  kabupaten: workloads.regencyCode,
  kecamatan: workloads.districtCode,
  desa: workloads.villageCode,
  sls: workloads.slsCode,
} as const;

const filterColumn = {
  provinsi: workloads.provinceCode,
  kabupaten: workloads.regencyCode,
  kecamatan: workloads.districtCode,
  desa: workloads.villageCode,
} as const;

/**
 * Children of an area (or the provinces when `parent` is null) that overlap the viewer's areas, with the operation's
 * family targets rolled up; an SLS has none.
 */
export async function listChildAreas(db: Db, scope: ViewerScope, parent: string | null, operationId: number | null): Promise<AreaRow[]> {
  if (parent !== null && levelOfCode(parent) === 'sls') return [];
  const childLevel: AreaLevel = parent === null ? 'provinsi' : nextLevel(levelOfCode(parent));
  const children = await db
    .select({
      code: areas.code,
      name: areas.name,
      level: areas.level,
      subareas: sql<number>`(select count(*) from areas c where c.parent_code = "areas"."code")`.mapWith(Number),
    })
    .from(areas)
    .where(and(parent === null ? eq(areas.level, 'provinsi') : eq(areas.parentCode, parent), overlappingScope(scope, areas.code)))
    .orderBy(asc(areas.code));
  const totals = operationId === null ? new Map() : await sumWorkloads(db, operationId, parent, childLevel);
  return children.map((c) => ({ ...c, ...(totals.get(c.code) ?? emptyTotals) }));
}

const emptyTotals = { families: 0, sls: 0, remoteFamilies: 0, accessModes: [] as AreaAccess[] };

function nextLevel(level: AreaLevel): AreaLevel {
  const order: AreaLevel[] = ['provinsi', 'kabupaten', 'kecamatan', 'desa', 'sls'];
  return order[Math.min(order.indexOf(level) + 1, order.length - 1)]!;
}

async function sumWorkloads(db: Db, operationId: number, parent: string | null, childLevel: AreaLevel) {
  const key = groupColumn[childLevel];
  const conditions: SQL[] = [eq(workloads.operationId, operationId)];
  if (parent !== null) conditions.push(eq(filterColumn[levelOfCode(parent) as keyof typeof filterColumn], parent));
  const rows = await db
    .select({
      code: key,
      families: sql<number>`sum(${workloads.families})`.mapWith(Number),
      sls: sql<number>`count(*)`.mapWith(Number),
      remoteFamilies: sql<number>`sum(case when ${inArray(workloads.accessMode, [...remoteAccessModes])} then ${workloads.families} else 0 end)`.mapWith(Number),
      accessModes: sql<AreaAccess[]>`array_agg(distinct case when ${workloads.accessKnown} then ${workloads.accessMode}::text else 'unknown' end)`,
      travelDaysOneWay: sql<number>`max(${workloads.travelDaysOneWay})`.mapWith(Number),
      localStaff: sql<boolean>`bool_and(${workloads.localStaff})`,
    })
    .from(workloads)
    .where(and(...conditions))
    .groupBy(key);
  return new Map(rows.map((r) => [r.code, { ...r, accessModes: parsePgArray(r.accessModes) }]));
}

/** postgres.js returns arrays of enums as text ('{road,boat}'); PGlite returns arrays. */
function parsePgArray(value: unknown): AreaAccess[] {
  if (Array.isArray(value)) return value as AreaAccess[];
  if (typeof value === 'string') return value.replace(/^\{|\}$/g, '').split(',').filter(Boolean) as AreaAccess[];
  return [];
}

/**
 * Areas overlapping the viewer's (inside one of theirs, or above it) whose name contains `query` or whose code starts
 * with it, villages and above, best matches first. `plannable`: only provinces, regencies and kecamatan inside the
 * viewer's areas, the ones a plan may cover (the plan form's suggestions).
 */
export async function searchAreas(db: Db, scope: ViewerScope, query: string, limit = 20, { plannable = false } = {}): Promise<AreaRef[]> {
  const text = query.trim();
  if (!text) return [];
  const isCode = /^[\d.]+$/.test(text);
  return db
    .select({ code: areas.code, name: areas.name, level: areas.level })
    .from(areas)
    .where(
      and(
        plannable ? and(inArray(areas.level, [...plannableLevels]), insideScope(scope, areas.code)) : sql`${areas.level} <> 'sls'`,
        isCode ? sql`${areas.code} like ${`${escapeLike(text)}%`}` : ilike(areas.name, `%${escapeLike(text)}%`),
        overlappingScope(scope, areas.code),
      ),
    )
    .orderBy(sql`lower(${areas.name}) <> lower(${text})`, sql`length(${areas.code})`, asc(areas.name))
    .limit(limit);
}

/** Names of the given area codes ('ID' is Indonesia). */
export async function listAreaNames(db: Db, codes: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>([['ID', 'Indonesia']]);
  const wanted = [...new Set(codes)].filter((c) => c !== 'ID');
  for (let i = 0; i < wanted.length; i += 5000) {
    const rows = await db.select({ code: areas.code, name: areas.name }).from(areas).where(inArray(areas.code, wanted.slice(i, i + 5000)));
    rows.forEach((r) => names.set(r.code, r.name));
  }
  return names;
}

/** Which of `codes` are villages of the frame: the roster check before anything is written. */
export async function findVillageCodes(db: Db, codes: readonly string[]): Promise<Set<string>> {
  // Only codes shaped like a village's are looked up: a NUL byte from a CSV cannot reach PostgreSQL text at all
  // (POST /api/staff answered 500), and anything else malformed is no village either.
  const unique = [...new Set(codes)].filter((code) => isAreaCode(code) && levelOfCode(code) === 'desa');
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

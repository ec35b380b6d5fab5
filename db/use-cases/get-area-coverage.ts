import 'server-only';
import { sql } from 'drizzle-orm';
import { ancestorCode, isWithin, levelOfCode } from '@/lib/areas/codes';
import type { ViewerScope } from '@/lib/auth/scope';
import { linearFamilies } from '@/lib/coverage/linear-families';
import type { PlannedDay, PlannedSlot } from '@/lib/coverage/planned-curve';
import { plannedDaysByArea } from '@/lib/coverage/planned-days-by-area';
import { plansInForce } from '@/lib/coverage/plans-in-force';
import { summarizeCoverage, type CoverageSummary } from '@/lib/coverage/summarize-coverage';
import { workingCalendar, type WorkingCalendar } from '@/lib/coverage/working-calendar';
import type { OperationParams } from '@/lib/operations/params';
import type { Db } from '../client';
import { getCoverageRows, listAdoptedPlans, listSlotLoads, listSlotTerritories, type AdoptedPlan, type CoverageAreaRows, type CoverageLevel } from '../queries/coverage';
import { listPlannedDaily, listRolledPlans } from '../queries/planned-daily';

export interface CoverageAreaRef {
  code: string;
  name: string;
  level: CoverageLevel;
}

/** What GET /api/coverage answers: aggregates only, nothing per person. */
export type AreaCoverage = { area: CoverageAreaRef; asOf: string } & CoverageSummary & {
  children: (CoverageAreaRef & Omit<CoverageSummary, 'daily'>)[];
};

/** Length of the codes of the level below a kabupaten or higher: the prefix of a kecamatan code naming the child. */
const childCodeLength: Partial<Record<CoverageLevel, number>> = { nasional: 2, provinsi: 5, kabupaten: 8 };

/**
 * Coverage of an area and of its children the viewer may see, as of `asOf`, measured against the plans in force
 * (linear for the target none covers). Reads the roll-ups and the plans, never interviews; null for an unknown area.
 */
export async function getAreaCoverage(db: Db, scope: ViewerScope, { operation, areaCode, asOf }: {
  operation: { id: number; params: OperationParams };
  areaCode: string;
  asOf: string;
}): Promise<AreaCoverage | null> {
  const read = await db.transaction(
    async (tx) => {
      // A few index lookups: parallel workers cost ten times the query itself (14 ms against 1 ms for the country).
      await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
      const rows = await getCoverageRows(tx, scope, { operationId: operation.id, areaCode, asOf });
      if (!rows) return null;
      const adopted = await listAdoptedPlans(tx, { operationId: operation.id, areaCode });
      return { rows, adopted, plannedOf: await readPlanned(tx, { area: rows.area, children: rows.children, adopted }) };
    },
    // one snapshot: the roll-ups and the plans in force as of the same moment
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  if (!read) return null;
  const { rows, adopted, plannedOf } = read;
  const calendar = workingCalendar({ params: operation.params });
  const adoptedAreas = adopted.map((a) => ({ areaCode: a.areaCode, targetFamilies: a.targetFamilies }));
  const summarize = (area: CoverageAreaRows) =>
    summarizeCoverage({ calendar, asOf, targetFamilies: area.targetFamilies, days: area.days, ...plannedOf(area.code), linearFamilies: linearFamilies({ areaCode: area.code, targetFamilies: area.targetFamilies, adoptedAreas }) });
  const ref = ({ code, name, level }: CoverageAreaRows): CoverageAreaRef => ({ code, name, level });
  return {
    area: ref(rows.area),
    asOf,
    ...summarize(rows.area),
    children: rows.children.map((child) => {
      const { daily: _, ...summary } = summarize(child);
      return { ...ref(child), ...summary };
    }),
  };
}

type Planned = { slots: PlannedSlot[]; plannedDays: PlannedDay[] };

/**
 * What the plans in force plan for the area and for each child, by code. Above a kecamatan: the plans' maintained
 * planned_daily rows (whole slots grouped by load for a plan adopted before they existed); from a kecamatan down:
 * the territories of the kecamatan's plan in force, each counting only the SLS inside the area.
 */
async function readPlanned(db: Db, { area, children, adopted }: { area: CoverageAreaRows; children: readonly CoverageAreaRows[]; adopted: AdoptedPlan[] }): Promise<(code: string) => Planned> {
  if (adopted.length === 0) return () => ({ slots: [], plannedDays: [] });
  const calendars = new Map<number, WorkingCalendar>(adopted.map((a) => [a.planId, workingCalendar({ params: a.params })]));
  const length = childCodeLength[area.level];
  if (length !== undefined) {
    const inForce = plansInForce({ areaCode: area.code, adopted });
    const rolled = await listRolledPlans(db, inForce.map((p) => p.planId));
    const rolledPlans = inForce.filter((p) => rolled.has(p.planId));
    const codes = [area.code, ...children.map((c) => c.code)];
    const excepted = rolledPlans.flatMap((p) => p.exceptAreas);
    const rowsByPlan = await listPlannedDaily(db, { planIds: rolledPlans.map((p) => p.planId), areaCodes: [...new Set([...codes, ...excepted])] });
    const daysOf = plannedDaysByArea({ plans: rolledPlans, rowsByPlan, codes });
    const loads = await listSlotLoads(db, { areaCode: area.code, childCodeLength: length, plans: inForce.filter((p) => !rolled.has(p.planId)) });
    const byChild = new Map<string, PlannedSlot[]>();
    for (const l of loads) {
      const slot = { workingDays: calendars.get(l.planId)!, onSiteDays: l.onSiteDays, sls: [{ slsCode: '', families: l.families }], count: l.count };
      const list = byChild.get(l.childCode) ?? [];
      list.push(slot);
      byChild.set(l.childCode, list);
    }
    const all = [...byChild.values()].flat();
    return (code) => ({ slots: code === area.code ? all : (byChild.get(code) ?? []), plannedDays: daysOf.get(code) ?? [] });
  }
  const districtCode = ancestorCode(area.code, 'kecamatan');
  // The deepest plan in force holding the kecamatan (adopted is ordered from the widest area down).
  const inForce = adopted.filter((a) => isWithin(districtCode, a.areaCode)).at(-1);
  if (!inForce) return () => ({ slots: [], plannedDays: [] });
  const territories = await listSlotTerritories(db, { planId: inForce.planId, districtCode, areaCode: area.code });
  const workingDays = calendars.get(inForce.planId)!;
  return (code) => {
    const whole = levelOfCode(code) === 'kecamatan';
    return { plannedDays: [], slots: territories.map((t) => ({ workingDays, onSiteDays: t.onSiteDays, sls: t.sls, withinSls: whole ? undefined : new Set(t.sls.filter((s) => isWithin(s.slsCode, code)).map((s) => s.slsCode)) })) };
  };
}

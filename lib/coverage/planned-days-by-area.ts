import { isWithin } from '../areas/codes';
import type { PlannedAreaDay } from './planned-area-days';
import type { PlannedDay } from './planned-curve';
import type { PlanInForce } from './plans-in-force';

/**
 * Families planned per date in each of `codes` by the plans in force, from their planned_daily rows: a plan counts
 * in an area except where a deeper plan in force holds it, so an area inside an excepted one gets nothing from it
 * and an area holding excepted ones gets its rows minus theirs (the outermost only: nested ones lie inside them).
 */
export function plannedDaysByArea({ plans, rowsByPlan, codes }: {
  plans: readonly PlanInForce[];
  rowsByPlan: ReadonlyMap<number, readonly PlannedAreaDay[]>;
  codes: readonly string[];
}): Map<string, PlannedDay[]> {
  const sums = new Map<string, Map<string, number>>(codes.map((code) => [code, new Map()]));
  for (const plan of plans) {
    const rows = rowsByPlan.get(plan.planId) ?? [];
    for (const code of codes) {
      if (plan.exceptAreas.some((except) => isWithin(code, except))) continue;
      const inside = plan.exceptAreas.filter((except) => isWithin(except, code));
      const outermost = new Set(inside.filter((a) => !inside.some((b) => b !== a && isWithin(a, b))));
      const byDate = sums.get(code)!;
      for (const row of rows) {
        const sign = row.areaCode === code ? 1 : outermost.has(row.areaCode) ? -1 : 0;
        if (sign !== 0) byDate.set(row.date, (byDate.get(row.date) ?? 0) + sign * row.families);
      }
    }
  }
  return new Map(
    [...sums].map(([code, byDate]) => [code, [...byDate].filter(([, families]) => families !== 0).sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, families]) => ({ date, families }))]),
  );
}

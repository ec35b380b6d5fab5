import type { WorkingDays } from '../planning/types';
import { schedulePpl } from '../scheduling/schedule-ppl';

/** Where a planned curve comes from: the plan in force, a straight line over the working days, or both in part. */
export type PlanSource = 'plan' | 'linear' | 'mixed';

/** Families planned on one date. */
export interface PlannedDay {
  date: string;
  families: number;
}

/** A PPL slot of the plan in force, as the planned curve needs it. */
export interface PlannedSlot {
  /** the calendar of the plan the slot belongs to (its own params) */
  workingDays: Pick<WorkingDays, 'windowDates' | 'dates' | 'reserveDates'>;
  onSiteDays: number;
  /** the slot's SLS in visiting order with their families; a whole slot may stand as one entry of its total */
  sls: readonly { slsCode: string; families: number }[];
  /** only the families of these SLS are the area's (an area below the plan's); all when absent */
  withinSls?: ReadonlySet<string>;
  /** how many identical slots this entry stands for (1 when absent) */
  count?: number;
}

export interface PlannedCurve {
  planSource: PlanSource;
  /** cumulative planned families at the end of each date of `dates` */
  cumulative: number[];
  /** families the curve reaches in the end */
  totalFamilies: number;
  /** the last day planned work adds families; null when nothing is planned */
  plannedEnd: string | null;
}

/**
 * Cumulative planned families per date: each PPL slot's schedule (schedulePpl) summed over the area's slots, plus
 * `linear.families` (the target no plan covers) spread over `linear.workingDates` as whole families
 * (day i of N reaches floor(i·F/N)). Work planned before `dates[0]` counts from the first date.
 */
export function plannedCurve({ dates, slots, plannedDays = [], linear }: {
  dates: readonly string[];
  slots: readonly PlannedSlot[];
  /** families the plans in force give each date, already summed (the maintained planned_daily roll-up) */
  plannedDays?: readonly PlannedDay[];
  linear: { families: number; workingDates: readonly string[] };
}): PlannedCurve {
  const added = new Map<string, number>();
  const add = (date: string, families: number) => {
    if (families > 0) added.set(date, (added.get(date) ?? 0) + families);
  };
  let slotFamilies = 0;
  for (const slot of mergeIdentical(slots)) {
    for (const day of slotDays(slot)) {
      add(day.date, day.families);
      slotFamilies += day.families;
    }
  }
  for (const day of plannedDays) {
    add(day.date, day.families);
    slotFamilies += day.families;
  }
  const n = linear.workingDates.length;
  if (linear.families > 0 && n > 0) linear.workingDates.forEach((date, i) => add(date, Math.floor(((i + 1) * linear.families) / n) - Math.floor((i * linear.families) / n)));
  const planSource: PlanSource = slotFamilies === 0 ? 'linear' : linear.families > 0 ? 'mixed' : 'plan';
  const byDate = [...added.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const cumulative: number[] = [];
  let sum = 0;
  let next = 0;
  for (const date of dates) {
    while (next < byDate.length && byDate[next]![0] <= date) sum += byDate[next++]![1];
    cumulative.push(sum);
  }
  const totalFamilies = byDate.reduce((s, [, families]) => s + families, 0);
  return { planSource, cumulative, totalFamilies, plannedEnd: byDate.at(-1)?.[0] ?? null };
}

/**
 * Whole slots with the same calendar, days on site and families have the same schedule: one entry (and one
 * schedulePpl) for all of them. A national plan has ~330,000 PPL but a few thousand distinct loads.
 */
function mergeIdentical(slots: readonly PlannedSlot[]): PlannedSlot[] {
  const byCalendar = new Map<PlannedSlot['workingDays'], Map<string, PlannedSlot & { count: number }>>();
  const merged: PlannedSlot[] = [];
  for (const slot of slots) {
    if (slot.withinSls) {
      merged.push(slot);
      continue;
    }
    const families = slot.sls.reduce((sum, s) => sum + s.families, 0);
    const byLoad = byCalendar.get(slot.workingDays) ?? new Map<string, PlannedSlot & { count: number }>();
    byCalendar.set(slot.workingDays, byLoad);
    const key = `${slot.onSiteDays}:${families}`;
    const same = byLoad.get(key);
    if (same) same.count += slot.count ?? 1;
    else {
      const entry = { workingDays: slot.workingDays, onSiteDays: slot.onSiteDays, sls: [{ slsCode: '', families }], count: slot.count ?? 1 };
      byLoad.set(key, entry);
      merged.push(entry);
    }
  }
  return merged;
}

/** Families one slot entry plans per date, counting only its `withinSls` when given. */
function slotDays(slot: PlannedSlot): { date: string; families: number }[] {
  const count = slot.count ?? 1;
  const within = slot.withinSls;
  if (!within) return wholeSlotDays(slot).map((d) => ({ date: d.date, families: d.families * count }));
  const schedule = schedulePpl({ sls: slot.sls, onSiteDays: slot.onSiteDays, workingDays: slot.workingDays }).filter((d) => d.kind === 'work');
  // A day works the families [from, to) of the territory in visiting order; the area's are those of its SLS.
  const ranges: [number, number][] = [];
  let start = 0;
  for (const s of slot.sls) {
    if (within.has(s.slsCode)) ranges.push([start, start + s.families]);
    start += s.families;
  }
  let from = 0;
  return schedule.map((d) => {
    const to = from + d.families;
    const families = ranges.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);
    from = to;
    return { date: d.date, families: families * count };
  });
}

/** Work days of whole-slot schedules per calendar and load: an area and each of its children share them. */
const wholeSchedules = new WeakMap<PlannedSlot['workingDays'], Map<string, { date: string; families: number }[]>>();

/** A whole slot's work days (schedulePpl), made once per calendar, days on site and families. */
export function wholeSlotDays(slot: PlannedSlot): { date: string; families: number }[] {
  const byLoad = wholeSchedules.get(slot.workingDays) ?? new Map<string, { date: string; families: number }[]>();
  wholeSchedules.set(slot.workingDays, byLoad);
  const families = slot.sls.reduce((sum, s) => sum + s.families, 0);
  const key = `${slot.onSiteDays}:${families}`;
  let days = byLoad.get(key);
  if (!days) {
    days = schedulePpl({ sls: [{ slsCode: '', families }], onSiteDays: slot.onSiteDays, workingDays: slot.workingDays })
      .filter((d) => d.kind === 'work')
      .map((d) => ({ date: d.date, families: d.families }));
    byLoad.set(key, days);
  }
  return days;
}

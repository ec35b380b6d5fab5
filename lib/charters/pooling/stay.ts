import type { WorkingDays } from '../../planning/types';

/**
 * The days a remote team can be in the field: the working days and then the reserve days, in order. A remote team
 * stays on site through its reserve days and travels out at the very end, so it can use them.
 */
export function openDays(workingDays: Pick<WorkingDays, 'dates' | 'reserveDates'>): string[] {
  return [...workingDays.dates, ...workingDays.reserveDates];
}

/** Index (into the open days) of the day someone travelling `travelDays` each way leaves the village. */
export function leaveIndex(openDayCount: number, travelDays: number): number {
  return travelDays > 0 ? openDayCount - travelDays : openDayCount - 1;
}

/** First and last open-day index a team is on site: arrival after the trip in, to the day before the trip out. */
export function stayIndexes(openDayCount: number, travelDays: number): { first: number; last: number } {
  return { first: travelDays, last: travelDays > 0 ? openDayCount - travelDays - 1 : openDayCount - 1 };
}

/**
 * Work days for each village of a PPL shared by several (families in route order), out of `workDays`: one each,
 * then each further day to the village with the most families a day so far, so the busiest day stays low. null when
 * a village would need more than maxDailyFamilies a day or there are fewer days than villages.
 */
export function shareWorkDays({ families, workDays, maxDailyFamilies }: { families: readonly number[]; workDays: number; maxDailyFamilies: number }): number[] | null {
  if (workDays < families.length) return null;
  const days = families.map(() => 1);
  for (let left = workDays - families.length; left > 0; left--) {
    let busiest = 0;
    for (let j = 1; j < families.length; j++) if (families[j]! * days[busiest]! > families[busiest]! * days[j]!) busiest = j;
    days[busiest]!++;
  }
  return families.every((f, j) => f <= maxDailyFamilies * days[j]!) ? days : null;
}

/** One village of a shared PPL's route: from which open-day index they work there, for how many days. */
export interface RouteSegment {
  firstWorkIndex: number;
  workDays: number;
  /** the open-day index of the move to the next village (none after the last) */
  moveIndex: number | null;
}

/** A shared PPL's route in open-day indexes: work at each village, then `moveDays` to the next. */
export function routeSegments({ arriveIndex, villageDays, moveDays }: { arriveIndex: number; villageDays: readonly number[]; moveDays: number }): RouteSegment[] {
  const segments: RouteSegment[] = [];
  let at = arriveIndex;
  villageDays.forEach((workDays, j) => {
    const last = j === villageDays.length - 1;
    segments.push({ firstWorkIndex: at, workDays, moveIndex: last ? null : at + workDays });
    at += workDays + moveDays;
  });
  return segments;
}

/** Which segment (village) of a route a PPL is at on open-day index `index`: the last one begun by then. */
export function segmentAt(segments: readonly RouteSegment[], index: number): number {
  let at = 0;
  for (let j = 1; j < segments.length; j++) if (segments[j]!.firstWorkIndex <= index) at = j;
  return at;
}

/** The open-day index of a calendar date: the last open day on or before it (a visit on a rest day finds them where they were). */
export function openIndexOf(open: readonly string[], date: string): number {
  let lo = 0;
  let hi = open.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (open[mid]! <= date) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

import type { WorkingDays } from '../planning/types';

export type ScheduleDayKind = 'travel' | 'work' | 'reserve' | 'rest';

/** One day of a PPL's plan: what kind of day, which SLS, how many families. */
export interface ScheduleDay {
  date: string;
  kind: ScheduleDayKind;
  families: number;
  /** SLS worked that day, in SLS order */
  slsCodes: string[];
}

export interface SchedulePplInput {
  /** the territory's SLS in visiting order (listTerritorySls) */
  sls: readonly { slsCode: string; families: number }[];
  /** on-site working days (Territory.onSiteDays): the working days minus the travel days both ways */
  onSiteDays: number;
  workingDays: Pick<WorkingDays, 'windowDates' | 'dates' | 'reserveDates'>;
}

/**
 * A PPL's day-by-day plan over the whole window, one entry per calendar day: travel on the working days beyond
 * the on-site ones (half at each end), the families spread over the on-site days as evenly as whole families
 * allow (on-site day d works floor((d+1)F/D) - floor(dF/D)) with the SLS visited in order, then 'reserve' on the
 * reserve days and 'rest' on rest days and holidays. Cheap enough to call per PPL when one is shown.
 */
export function schedulePpl({ sls, onSiteDays, workingDays }: SchedulePplInput): ScheduleDay[] {
  const onSite = Math.max(1, Math.min(onSiteDays, workingDays.dates.length));
  const travel = Math.floor((workingDays.dates.length - onSite) / 2);
  const workIndex = new Map(workingDays.dates.map((date, i) => [date, i]));
  const reserve = new Set(workingDays.reserveDates);
  const starts = [0];
  for (const s of sls) starts.push(starts[starts.length - 1]! + s.families);
  const total = starts[sls.length]!;
  return workingDays.windowDates.map((date): ScheduleDay => {
    const i = workIndex.get(date);
    if (i === undefined) return { date, kind: reserve.has(date) ? 'reserve' : 'rest', families: 0, slsCodes: [] };
    const day = i - travel;
    if (day < 0 || day >= onSite) return { date, kind: 'travel', families: 0, slsCodes: [] };
    const from = Math.floor((day * total) / onSite);
    const to = Math.floor(((day + 1) * total) / onSite);
    const last = day === onSite - 1;
    // SLS whose families overlap [from, to); an empty SLS goes to the day its place falls in (the last at the end).
    const slsCodes = sls
      .filter((_, k) => (starts[k]! < starts[k + 1]! ? starts[k]! < to && starts[k + 1]! > from : starts[k]! >= from && (starts[k]! < to || last)))
      .map((s) => s.slsCode);
    return { date, kind: 'work', families: to - from, slsCodes };
  });
}

import type { WorkingDays } from '../planning/types';

export type ScheduleDayKind = 'travel' | 'work' | 'reserve' | 'rest';

/** One day of a PPL's plan: what kind of day, which SLS, how many families. */
export interface ScheduleDay {
  date: string;
  kind: ScheduleDayKind;
  families: number;
  slsCodes: string[];
}

export interface SchedulePplInput {
  /** the territory's SLS in visiting order */
  sls: readonly { slsCode: string; families: number }[];
  /** on-site working days (travel days excluded) */
  onSiteDays: number;
  workingDays: Pick<WorkingDays, 'windowDates' | 'dates' | 'reserveDates'>;
}

/**
 * A PPL's day-by-day plan over the whole window (one entry per calendar day). Travel takes the first and last
 * working days beyond the on-site ones (half each way); families are spread evenly over the on-site days and the
 * SLS are visited in order, a day listing every SLS it works in.
 */
export function schedulePpl({ sls, onSiteDays, workingDays }: SchedulePplInput): ScheduleDay[] {
  const travelDaysOneWay = Math.max(0, Math.floor((workingDays.dates.length - onSiteDays) / 2));
  const working = new Map(workingDays.dates.map((date, i) => [date, i]));
  const reserve = new Set(workingDays.reserveDates);
  const total = sls.reduce((s, x) => s + x.families, 0);
  const lastOnSite = workingDays.dates.length - 1 - travelDaysOneWay;
  let cursor = 0; // families handed out so far
  let slsIndex = 0;
  let slsEnd = sls[0]?.families ?? 0; // cumulative families up to and including sls[slsIndex]
  return workingDays.windowDates.map((date) => {
    const i = working.get(date);
    if (i === undefined) return { date, kind: reserve.has(date) ? 'reserve' : 'rest', families: 0, slsCodes: [] };
    if (i < travelDaysOneWay || i > lastOnSite) return { date, kind: 'travel', families: 0, slsCodes: [] };
    const day = i - travelDaysOneWay;
    const upTo = Math.round(((day + 1) * total) / Math.max(1, onSiteDays));
    const codes: string[] = [];
    while (slsIndex < sls.length && cursor < upTo) {
      codes.push(sls[slsIndex]!.slsCode);
      if (slsEnd <= upTo) {
        cursor = slsEnd;
        slsIndex++;
        slsEnd += sls[slsIndex]?.families ?? 0;
      } else cursor = upTo;
    }
    const families = upTo - Math.round((day * total) / Math.max(1, onSiteDays));
    return { date, kind: 'work', families, slsCodes: codes };
  });
}

import type { WorkingDays } from '../planning/types';
import { familiesLeftOf } from '../reassignment/capacity';
import { schedulePpl, type ScheduleDayKind } from './schedule-ppl';
import { scheduleRemaining } from './schedule-remaining';

/** A PPL's share of an SLS with the families they finished of it (lib/reassignment/ppl-state.ts's PplShare). */
export interface AgendaShare {
  slsCode: string;
  families: number;
  doneFamilies: number;
}

/** One date of the window as a PPL reads their own plan. */
export interface AgendaDay {
  date: string;
  kind: ScheduleDayKind;
  /** families planned that day: before today as the plan laid out their shares, from today on what is left re-spread */
  plannedFamilies: number;
  slsCodes: string[];
  /** families finished that day (final outcomes); null after today */
  doneFamilies: number | null;
}

export interface PplAgenda {
  /** every date of the window, in order */
  days: AgendaDay[];
  /** today's entry; null when today lies outside the window */
  today: AgendaDay | null;
  /** the first day from today on with families planned; null when none is left */
  nextWorkDay: AgendaDay | null;
}

/**
 * What was left of each share when `today` began, in visiting order: today's finished families (`doneTodayFamilies`)
 * counted back in, from the last SLS with finished families backwards (SLS are visited in order, so today's work
 * lies at the end of what is done). Shares with nothing left are left out.
 */
export function sharesLeftAtStartOfDay({ shares, doneTodayFamilies }: { shares: readonly AgendaShare[]; doneTodayFamilies: number }): { slsCode: string; families: number }[] {
  let back = Math.max(0, doneTodayFamilies);
  const restored: { slsCode: string; families: number }[] = [];
  for (let i = shares.length - 1; i >= 0; i--) {
    const share = shares[i]!;
    const undone = Math.min(back, share.doneFamilies);
    back -= undone;
    restored.unshift({ slsCode: share.slsCode, families: familiesLeftOf({ families: share.families, doneFamilies: share.doneFamilies - undone }) });
  }
  return restored.filter((s) => s.families > 0);
}

/**
 * A PPL's day-by-day plan as of `today` (the operation's today): the days before it as schedulePpl laid out their
 * current shares, with the families they finished each day (`doneByDate`, final families per visit date); today and
 * after as scheduleRemaining spreads what was left when today began, so today's target does not shrink while they
 * work. Travel, reserve and rest days stay where the plan put them.
 */
export function pplAgenda({ shares, onSiteDays, workingDays, today, doneByDate }: {
  /** in visiting order */
  shares: readonly AgendaShare[];
  onSiteDays: number;
  workingDays: Pick<WorkingDays, 'windowDates' | 'dates' | 'reserveDates'>;
  today: string;
  doneByDate: ReadonlyMap<string, number>;
}): PplAgenda {
  const planned = schedulePpl({ sls: shares.map((s) => ({ slsCode: s.slsCode, families: s.families })), onSiteDays, workingDays });
  const left = sharesLeftAtStartOfDay({ shares, doneTodayFamilies: doneByDate.get(today) ?? 0 });
  const ahead = new Map(scheduleRemaining({ sls: left, onSiteDays, workingDays, fromDate: today }).days.map((d) => [d.date, d]));
  const days = planned.map((day): AgendaDay => {
    const from = day.date < today ? day : (ahead.get(day.date) ?? day);
    return { date: day.date, kind: from.kind, plannedFamilies: from.families, slsCodes: from.slsCodes, doneFamilies: day.date <= today ? (doneByDate.get(day.date) ?? 0) : null };
  });
  return {
    days,
    today: days.find((d) => d.date === today) ?? null,
    nextWorkDay: days.find((d) => d.date >= today && d.plannedFamilies > 0) ?? null,
  };
}

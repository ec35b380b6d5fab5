import { dailyTargetFamilies } from '../reassignment/capacity';
import type { CoverageStatus } from './coverage-status';
import { finalFamiliesOf, summarizeCoverage, type CoverageDay } from './summarize-coverage';
import type { WorkingCalendar } from './working-calendar';

/** How a PPL (or a team) stands; `inactive`: dropped out. */
export type PplStatus = CoverageStatus | 'inactive';

/** One PPL of the plan in force as monitoring weighs them. */
export interface PplProgressInput {
  /** their shares of SLS in visiting order, as the plan in force gives them now */
  sls: readonly { slsCode: string; families: number }[];
  onSiteDays: number;
  /** families of their shares not yet done by them (familiesLeftOf summed) */
  remainingFamilies: number;
  /** their on-site working days from today to their planned end */
  workingDaysLeft: number;
  /** their roll-up rows: families whose latest record is theirs, wherever it was */
  days: readonly CoverageDay[];
  active: boolean;
}

export interface PplProgress {
  assignedSls: number;
  assignedFamilies: number;
  /** families with a final outcome credited to them (inside their assignment or not) */
  doneFamilies: number;
  remainingFamilies: number;
  /** families a working day over the last 3 working days, to one decimal */
  pace: number;
  /** what is left over the working days left, to one decimal */
  dailyTargetFamilies: number;
  forecastFinish: string | null;
  plannedEnd: string | null;
  status: PplStatus;
  /** planned minus done up to today, when behind the plan's curve (else 0) */
  behindFamilies: number;
  /** cumulative planned and done families per date of the window */
  daily: { date: string; planned: number; actual: number | null }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A PPL's progress as of `asOf` (the operation's today): their roll-up against the plan in force's schedule of their
 * current shares; pace, forecast and status by lib/coverage, with `minDailyFamilies` as their daily minimum. The
 * forecast runs on what is left of their own shares; a dropped-out PPL is `inactive` whatever their figures.
 */
export function summarizePplProgress({ calendar, asOf, ppl, minDailyFamilies }: { calendar: WorkingCalendar; asOf: string; ppl: PplProgressInput; minDailyFamilies: number }): PplProgress {
  const doneFamilies = ppl.days.filter((d) => d.visitDate <= asOf).reduce((sum, d) => sum + finalFamiliesOf(d), 0);
  const summary = summarizeCoverage({
    calendar,
    asOf,
    // done + left: so the forecast and `done` turn on what is left of their shares, not on the estimate
    targetFamilies: doneFamilies + ppl.remainingFamilies,
    days: ppl.days,
    slots: [{ workingDays: calendar, onSiteDays: ppl.onSiteDays, sls: ppl.sls }],
    linearFamilies: 0,
    dailyMinimumFamilies: minDailyFamilies,
  });
  return {
    assignedSls: ppl.sls.length,
    assignedFamilies: ppl.sls.reduce((sum, s) => sum + s.families, 0),
    doneFamilies,
    remainingFamilies: ppl.remainingFamilies,
    pace: summary.pace,
    dailyTargetFamilies: ppl.active ? round1(dailyTargetFamilies({ remainingFamilies: ppl.remainingFamilies, workingDaysLeft: ppl.workingDaysLeft })) : 0,
    forecastFinish: summary.forecastFinish,
    plannedEnd: summary.plannedEnd,
    status: ppl.active ? summary.status : 'inactive',
    behindFamilies: behindOf(summary.daily, asOf),
    daily: summary.daily,
  };
}

/** Planned minus done on `asOf` (the last date of the series up to it), never below 0. */
function behindOf(daily: readonly { date: string; planned: number; actual: number | null }[], asOf: string): number {
  const today = daily.filter((d) => d.date <= asOf).at(-1);
  return today && today.actual !== null ? Math.max(0, today.planned - today.actual) : 0;
}

/**
 * The same figures for a team or a kecamatan: outcomes and plans summed, pace and forecast of the sum, status by the
 * plan's daily increments (as for an area), the daily target the sum of the active PPL's. Counts of PPL by status.
 */
export function summarizeGroupProgress({ calendar, asOf, members, progress }: {
  calendar: WorkingCalendar;
  asOf: string;
  members: readonly PplProgressInput[];
  /** summarizePplProgress of each member, in the same order */
  progress: readonly PplProgress[];
}): PplProgress & { pplCount: number; statusCounts: Record<PplStatus, number> } {
  const byDate = new Map<string, CoverageDay>();
  for (const d of members.flatMap((m) => m.days)) {
    const sum = byDate.get(d.visitDate) ?? { visitDate: d.visitDate, completed: 0, refused: 0, notHome: 0, moved: 0, notFound: 0 };
    byDate.set(d.visitDate, { visitDate: d.visitDate, completed: sum.completed + d.completed, refused: sum.refused + d.refused, notHome: sum.notHome + d.notHome, moved: sum.moved + d.moved, notFound: sum.notFound + d.notFound });
  }
  const total = (pick: (p: PplProgress) => number) => progress.reduce((sum, p) => sum + pick(p), 0);
  const doneFamilies = total((p) => p.doneFamilies);
  const remainingFamilies = total((p) => p.remainingFamilies);
  const summary = summarizeCoverage({
    calendar,
    asOf,
    targetFamilies: doneFamilies + remainingFamilies,
    days: [...byDate.values()],
    slots: members.map((m) => ({ workingDays: calendar, onSiteDays: m.onSiteDays, sls: m.sls })),
    linearFamilies: 0,
  });
  const statusCounts: Record<PplStatus, number> = { behind: 0, on_track: 0, done: 0, inactive: 0 };
  for (const p of progress) statusCounts[p.status]++;
  return {
    assignedSls: new Set(members.flatMap((m) => m.sls.map((s) => s.slsCode))).size,
    assignedFamilies: total((p) => p.assignedFamilies),
    doneFamilies,
    remainingFamilies,
    pace: summary.pace,
    dailyTargetFamilies: round1(total((p) => p.dailyTargetFamilies)),
    forecastFinish: summary.forecastFinish,
    plannedEnd: summary.plannedEnd,
    status: members.length > 0 && members.every((m) => !m.active) ? 'inactive' : summary.status,
    behindFamilies: behindOf(summary.daily, asOf),
    daily: summary.daily,
    pplCount: members.length,
    statusCounts,
  };
}

const urgencyRank = (p: Pick<PplProgress, 'status' | 'remainingFamilies'>) =>
  p.status === 'inactive' ? (p.remainingFamilies > 0 ? 0 : 3) : { behind: 1, on_track: 2, done: 4 }[p.status];

/**
 * Most urgent first: a dropped-out PPL whose work is not yet handed over, then those behind, on track, dropped out
 * with nothing left, done; inside each, the furthest behind the plan, then the highest daily target, then `label`.
 */
export function compareUrgency(a: Pick<PplProgress, 'status' | 'remainingFamilies' | 'behindFamilies' | 'dailyTargetFamilies'> & { label: string }, b: typeof a): number {
  return urgencyRank(a) - urgencyRank(b) || b.behindFamilies - a.behindFamilies || b.dailyTargetFamilies - a.dailyTargetFamilies || a.label.localeCompare(b.label);
}

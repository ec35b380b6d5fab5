import { schedulePpl } from '../scheduling/schedule-ppl';
import { dailyVisits } from './daily-visits';
import { streamOf, type PaceProfile } from './pace-profile';
import type { PendingFamily, SimulatedPpl, SimulatedVisit } from './types';
import { familySizeOf, revisitAfterDays, visitOutcome } from './visit-outcome';

/** Work handed to a PPL from a date on (a dropout's families): done before their own new families. */
export interface ExtraWork {
  fromDate: string;
  families: readonly PendingFamily[];
}

/** Receivers of a dropout's work stretch their days a little. */
const takeoverEffort = 1.1;

/** The date the PPL can start: their first on-site day, and for a charter territory up to two more waiting for the boat or plane. */
function firstFieldDate(ppl: SimulatedPpl, openDates: readonly string[], seed: number): string | undefined {
  const firstWork = schedulePpl({ sls: ppl.sls, onSiteDays: ppl.onSiteDays, workingDays: ppl.workingDays }).find((d) => d.kind === 'work')?.date;
  if (firstWork === undefined) return undefined;
  const u = streamOf(seed, `charter|${ppl.key}`)();
  const wait = ppl.remote ? (u < 0.5 ? 0 : u < 0.8 ? 1 : 2) : 0;
  return openDates[Math.min(openDates.length - 1, openDates.indexOf(firstWork) + wait)];
}

/**
 * One PPL's visits day by day up to `until` (and before `stopFrom`, a dropout's date): from their first day in the
 * field, a number of visits a day (dailyVisits), revisits that fall due first, then `extra` work, then their own
 * families in visiting order; every visit's outcome drawn per family and attempt, so anyone visiting a family
 * finds the same. Returns the visits and the families left unfinished (not visited, or nobody home yet).
 */
export function simulatePpl({ ppl, pace, seed, until, stopFrom, extra }: {
  ppl: SimulatedPpl;
  pace: PaceProfile;
  seed: number;
  until: string;
  stopFrom?: string;
  extra?: ExtraWork;
}): { visits: SimulatedVisit[]; unfinished: PendingFamily[] } {
  const open = new Set([...ppl.workingDays.dates, ...ppl.workingDays.reserveDates]);
  const openDates = ppl.workingDays.windowDates.filter((d) => open.has(d));
  const fresh: PendingFamily[] = ppl.sls.flatMap((s) => Array.from({ length: s.families }, (_, i) => ({ slsCode: s.slsCode, family: i + 1, attempts: 0 })));
  const plannedPerDay = fresh.length / Math.max(1, Math.min(ppl.onSiteDays, ppl.workingDays.dates.length));
  const start = firstFieldDate(ppl, openDates, seed);
  const revisits: (PendingFamily & { dueIndex: number })[] = [];
  let handed: PendingFamily[] = [];
  let handedOver = false;
  let nextFresh = 0;
  let fieldDay = 0;
  const visits: SimulatedVisit[] = [];
  openDates.forEach((date, dayIndex) => {
    if (start === undefined || date < start || date > until || (stopFrom !== undefined && date >= stopFrom)) return;
    const takingOver = extra !== undefined && date >= extra.fromDate;
    if (takingOver && !handedOver) [handed, handedOver] = [[...extra.families], true];
    const luck = streamOf(seed, `day|${ppl.key}|${date}`);
    const effort = takingOver ? takeoverEffort : 1;
    let left = dailyVisits({ plannedPerDay, factor: pace.factor * effort, fieldDay: fieldDay++, catchesUp: !pace.lagging, date, u1: luck(), u2: luck() });
    const visit = (family: PendingFamily) => {
      const attempt = family.attempts + 1;
      const draw = streamOf(seed, `family|${family.slsCode}|${family.family}|${attempt}`);
      const outcome = visitOutcome({ attempt, u: draw() });
      const second = draw();
      visits.push({ slsCode: family.slsCode, family: family.family, visit: attempt, pplId: ppl.pplId, visitedOn: date, outcome, ...(outcome === 'completed' ? { familySize: familySizeOf(second) } : {}) });
      if (outcome === 'not_home') revisits.push({ ...family, attempts: attempt, dueIndex: dayIndex + revisitAfterDays(second) });
      left--;
    };
    const due = revisits.filter((r) => r.dueIndex <= dayIndex).sort((a, b) => a.dueIndex - b.dueIndex).slice(0, Math.max(0, left));
    for (const r of due) revisits.splice(revisits.indexOf(r), 1);
    due.forEach(visit);
    while (left > 0 && handed.length > 0) visit(handed.shift()!);
    while (left > 0 && nextFresh < fresh.length) visit(fresh[nextFresh++]!);
  });
  // Work handed over after `until` is theirs all the same.
  if (extra && !handedOver) handed = [...extra.families];
  const unfinished = [...handed, ...fresh.slice(nextFresh), ...revisits.map(({ dueIndex: _, ...family }) => family)];
  return { visits, unfinished: unfinished.sort((a, b) => (a.slsCode < b.slsCode ? -1 : a.slsCode > b.slsCode ? 1 : a.family - b.family)) };
}

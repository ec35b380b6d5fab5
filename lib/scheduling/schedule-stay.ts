import type { Stay } from '../charters/pooling/stay-of';
import type { WorkingDays } from '../planning/types';
import type { ScheduleDay } from './schedule-ppl';

export interface ScheduleStayInput {
  /** the territory's SLS in visiting order (a shared PPL's villages in route order) */
  sls: readonly { slsCode: string; families: number }[];
  /** work days of the territory (Territory.onSiteDays) */
  onSiteDays: number;
  /** when their trips take them in, move them and bring them out (stayOf) */
  stay: Stay;
  workingDays: Pick<WorkingDays, 'windowDates' | 'dates' | 'reserveDates'>;
}

const villageOf = (slsCode: string) => slsCode.slice(0, slsCode.lastIndexOf('.'));

/**
 * The day-by-day plan of a PPL who comes by charter and stays: travel until the trip in arrives, each village's
 * families spread evenly over its work days (up to the move to the next, which is travel), after the last work day
 * 'reserve' on site until the trip out, then travel. Rest days and holidays are 'rest'.
 */
export function scheduleStay({ sls, onSiteDays, stay, workingDays }: ScheduleStayInput): ScheduleDay[] {
  const open = [...workingDays.dates, ...workingDays.reserveDates];
  const kinds: ScheduleDay['kind'][] = open.map((_, i) => (i < stay.arriveIndex || (i >= stay.leaveIndex && stay.travelDaysOneWay > 0) ? 'travel' : 'reserve'));
  for (const move of stay.moves) for (let i = move.index; i < move.arriveIndex; i++) kinds[i] = 'travel';
  const starts = [stay.arriveIndex, ...stay.moves.map((m) => m.arriveIndex)];
  const ends = [...stay.moves.map((m) => m.index), open.length];
  const slsByVillage = starts.map(() => [] as { slsCode: string; families: number }[]);
  let segment = 0;
  for (const s of sls) {
    while (segment + 1 < starts.length && villageOf(s.slsCode) === stay.moves[segment]!.villageCode) segment++;
    slsByVillage[segment]!.push(s);
  }
  const days = new Map<string, ScheduleDay>();
  let workLeft = onSiteDays;
  starts.forEach((start, j) => {
    const last = j === starts.length - 1;
    const workDays: number[] = [];
    for (let i = start; i < ends[j]! && (!last || workDays.length < workLeft); i++) if (kinds[i] === 'reserve') workDays.push(i);
    workLeft -= workDays.length;
    spread(slsByVillage[j]!, workDays, (i, families, slsCodes) => days.set(open[i]!, { date: open[i]!, kind: 'work', families, slsCodes }));
  });
  open.forEach((date, i) => {
    if (!days.has(date)) days.set(date, { date, kind: kinds[i]!, families: 0, slsCodes: [] });
  });
  return workingDays.windowDates.map((date) => days.get(date) ?? { date, kind: 'rest', families: 0, slsCodes: [] });
}

/** A village's families over its work days as evenly as whole families allow, its SLS in order (as schedulePpl does). */
function spread(sls: readonly { slsCode: string; families: number }[], workDays: readonly number[], put: (index: number, families: number, slsCodes: string[]) => void) {
  const starts = [0];
  for (const s of sls) starts.push(starts[starts.length - 1]! + s.families);
  const total = starts[sls.length]!;
  const count = workDays.length;
  workDays.forEach((index, day) => {
    const from = Math.floor((day * total) / count);
    const to = Math.floor(((day + 1) * total) / count);
    const last = day === count - 1;
    const slsCodes = sls
      .filter((_, k) => (starts[k]! < starts[k + 1]! ? starts[k]! < to && starts[k + 1]! > from : starts[k]! >= from && (starts[k]! < to || last)))
      .map((s) => s.slsCode);
    put(index, to - from, slsCodes);
  });
}

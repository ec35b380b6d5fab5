import { getDay, parseISO } from 'date-fns';

/**
 * How a PPL's pace moves over their days in the field (index 0 = their first day): slow while they learn the
 * questionnaire and the streets, then over a quarter above plan as they catch up on the first week (the way an office
 * pushes its teams in the second week), which brings most areas back on course by the end of the planned days.
 */
export function momentumOf(fieldDay: number, catchesUp = true): number {
  const rampUp = [0.6, 0.75, 0.85, 0.92, 0.97, 1, 1];
  return fieldDay < rampUp.length ? rampUp[fieldDay]! : catchesUp ? 1.28 : 1;
}

/** Sundays people are at church, the market or family: fewer are found and fewer visits fit in the day. */
export const sundayFactor = 0.85;

// A simulation asks about the same 31 dates for every PPL: parse each once.
const sundays = new Map<string, boolean>();
const isSunday = (date: string) => {
  let sunday = sundays.get(date);
  if (sunday === undefined) sundays.set(date, (sunday = getDay(parseISO(date)) === 0));
  return sunday;
};

/**
 * Visits a PPL makes on `date` (revisits included): the planned families a day times their pace, the momentum of
 * their `fieldDay` (a lagging PPL never catches up), Sundays, and the day's luck (`u1` in [0, 1): ±15%), rounded at
 * random by `u2`.
 */
export function dailyVisits({ plannedPerDay, factor, fieldDay, catchesUp = true, date, u1, u2 }: {
  plannedPerDay: number;
  factor: number;
  fieldDay: number;
  catchesUp?: boolean;
  date: string;
  u1: number;
  u2: number;
}): number {
  const weekday = isSunday(date) ? sundayFactor : 1;
  const expected = plannedPerDay * factor * momentumOf(fieldDay, catchesUp) * weekday * (0.85 + u1 * 0.3);
  return Math.max(0, Math.floor(expected + u2));
}

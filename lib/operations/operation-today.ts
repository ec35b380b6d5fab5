/** Calendar date of an instant in Indonesia's western time (UTC+7, no daylight saving), as YYYY-MM-DD. */
const jakartaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The operation's "today" as YYYY-MM-DD: its clock date when it has one (the demo stands at 2022-10-28), else the
 * date of `now` in Jakarta, where the operations run.
 */
export function operationToday({ clockDate, now }: { clockDate: string | null; now: Date }): string {
  return clockDate ?? jakartaDate.format(now);
}

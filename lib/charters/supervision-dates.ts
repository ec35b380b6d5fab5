import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

/**
 * Dates ('yyyy-MM-dd') of PML visits to a remote village: every `everyDays` calendar days after the first on-site
 * day, up to the last on-site day (25 on-site days from 15 Oct, every 7: 22 Oct, 29 Oct, 5 Nov).
 */
export function supervisionDates({ onSiteStartDate, onSiteEndDate, everyDays }: { onSiteStartDate: string; onSiteEndDate: string; everyDays: number }): string[] {
  const start = parseISO(onSiteStartDate);
  const span = differenceInCalendarDays(parseISO(onSiteEndDate), start);
  const dates: string[] = [];
  for (let day = everyDays; day <= span; day += everyDays) dates.push(format(addDays(start, day), 'yyyy-MM-dd'));
  return dates;
}

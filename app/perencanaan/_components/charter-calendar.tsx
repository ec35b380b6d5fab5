import { addDays, getDay, parseISO, format as formatDate } from 'date-fns';
import { useFormatter, useTranslations } from 'next-intl';
import { calendarDay, weekdayDate } from '@/i18n/config';
import type { TripKind } from '@/lib/charters/pooling/types';
import type { AccessMode } from '@/lib/workload/types';
import { ModeIcon } from './mode-icon';

export interface CalendarLeg {
  villageName: string;
  mode: AccessMode;
  kind: TripKind;
  tripDate: string;
  costRupiah: number;
}

/** Monday first. */
const weekdays = [1, 2, 3, 4, 5, 6, 0] as const;

/** Every calendar day from `start` to `end` (`YYYY-MM-DD`, both included). */
function daysOf(start: string, end: string): string[] {
  const days: string[] = [];
  for (let d = parseISO(start); formatDate(d, 'yyyy-MM-dd') <= end; d = addDays(d, 1)) days.push(formatDate(d, 'yyyy-MM-dd'));
  return days;
}

/** The window as a month-style grid, each day listing its charter legs; weekends shaded. */
export function CharterCalendar({ windowStart, windowEnd, legs }: { windowStart: string; windowEnd: string; legs: readonly CalendarLeg[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const days = daysOf(windowStart, windowEnd);
  const byDate = new Map<string, CalendarLeg[]>();
  for (const leg of legs) byDate.set(leg.tripDate, [...(byDate.get(leg.tripDate) ?? []), leg]);
  // Monday-first grid: blank cells before the first day.
  const lead = (getDay(parseISO(days[0]!)) + 6) % 7;
  return (
    <div className="calendar" data-testid="charter-calendar">
      {weekdays.map((d) => <div key={d} className="calendar-head">{format.dateTime(weekdayDate(d), 'weekdayShort')}</div>)}
      {Array.from({ length: lead }, (_, i) => <div key={`lead-${i}`} />)}
      {days.map((day) => {
        const dayLegs = byDate.get(day) ?? [];
        return (
          <div key={day} className={`calendar-day${getDay(parseISO(day)) % 6 === 0 ? ' weekend' : ''}`}>
            <div className="calendar-date">{format.dateTime(calendarDay(day), 'day')}</div>
            {dayLegs.slice(0, 4).map((leg, i) => <LegLine key={i} leg={leg} />)}
            {dayLegs.length > 4 && (
              // the rest of a busy day opens in place, every leg of it listed
              <details className="more-legs">
                <summary className="muted">{t('plan.moreLegs', { count: dayLegs.length - 4 })}</summary>
                {dayLegs.slice(4).map((leg, i) => <LegLine key={i} leg={leg} />)}
              </details>
            )}
          </div>
        );
      })}
    </div>
  );
}

function LegLine({ leg }: { leg: CalendarLeg }) {
  const t = useTranslations();
  return (
    <div className={`leg ${leg.mode} ${leg.kind}`} title={t('charterLeg', { village: leg.villageName, kind: t(`charterKinds.${leg.kind}`), costRupiah: leg.costRupiah })}>
      {(leg.mode === 'boat' || leg.mode === 'plane') && <ModeIcon mode={leg.mode} label={t(`access.${leg.mode}`)} />} <span translate="no">{leg.villageName}</span> · {t(`charterKinds.${leg.kind}`)}
    </div>
  );
}

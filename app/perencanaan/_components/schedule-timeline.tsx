import { useFormatter, useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';

export interface TimelineDay {
  date: string;
  kind: 'travel' | 'work' | 'reserve' | 'rest';
  families: number;
  slsCodes: readonly string[];
}

/** One PPL's window as a strip of days: bar height = families that day; travel, rest and reserve days coloured. */
export function ScheduleTimeline({ days, maxFamilies }: { days: readonly TimelineDay[]; maxFamilies: number }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <div className="timeline" data-testid="schedule-timeline">
      {days.map((d) => (
        <div
          key={d.date}
          className={`timeline-day ${d.kind}`}
          title={t('scheduleDay', { date: calendarDay(d.date), kind: t(`scheduleKinds.${d.kind}`), families: d.families, sls: d.slsCodes.length ? d.slsCodes.map((c) => c.slice(-4)).join(', ') : 'none' })}
        >
          <div className="timeline-bar" style={{ height: `${Math.round((d.families / Math.max(1, maxFamilies)) * 100)}%` }} />
          <div className="timeline-label">{format.dateTime(calendarDay(d.date), 'dayOfMonth')}</div>
        </div>
      ))}
    </div>
  );
}

import { format, parseISO } from 'date-fns';
import { id as idLocale } from 'date-fns/locale';

export interface TimelineDay {
  date: string;
  kind: 'travel' | 'work' | 'reserve' | 'rest';
  families: number;
  slsCodes: readonly string[];
}

const kindLabel = { travel: 'perjalanan', work: 'pendataan', reserve: 'cadangan', rest: 'libur' } as const;

/** One PPL's window as a strip of days: bar height = families that day; travel, rest and reserve days coloured. */
export function ScheduleTimeline({ days, maxFamilies }: { days: readonly TimelineDay[]; maxFamilies: number }) {
  return (
    <div className="timeline" data-testid="schedule-timeline">
      {days.map((d) => (
        <div key={d.date} className={`timeline-day ${d.kind}`} title={`${format(parseISO(d.date), 'EEEE d MMM', { locale: idLocale })}: ${kindLabel[d.kind]}${d.families ? `, ${d.families} keluarga` : ''}${d.slsCodes.length ? ` (SLS ${d.slsCodes.map((c) => c.slice(-4)).join(', ')})` : ''}`}>
          <div className="timeline-bar" style={{ height: `${Math.round((d.families / Math.max(1, maxFamilies)) * 100)}%` }} />
          <div className="timeline-label">{format(parseISO(d.date), 'd')}</div>
        </div>
      ))}
    </div>
  );
}

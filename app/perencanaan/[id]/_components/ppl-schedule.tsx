import { format, parseISO } from 'date-fns';
import { id as idLocale } from 'date-fns/locale';
import type { Messages } from '@/lib/i18n/messages';
import type { ScheduleDay } from '@/lib/scheduling/schedule-ppl';
import { ScheduleTimeline } from '../../_components/schedule-timeline';

const kindLabel = { travel: 'perjalanan', work: 'pendataan', reserve: 'cadangan (kunjungan ulang)', rest: 'libur' } as const;

/** One PPL's day-by-day schedule: a strip of the window and the table of days. */
export function PplSchedule({ slot, days, t }: { slot: { label: string; flag: string | null }; days: readonly ScheduleDay[]; t: Messages }) {
  const max = Math.max(...days.map((d) => d.families), 1);
  return (
    <section id="jadwal">
      <h2>{t.plan.schedule}: {slot.label} {slot.flag && <span className="flag">· {slot.flag}</span>}</h2>
      <ScheduleTimeline days={days} maxFamilies={max} />
      <table className="compact" data-testid="schedule-table">
        <thead><tr><th>{t.plan.date}</th><th>{t.plan.kind}</th><th className="num">{t.plan.families}</th><th>SLS</th></tr></thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <td>{format(parseISO(d.date), 'EEE d MMM', { locale: idLocale })}</td>
              <td>{kindLabel[d.kind]}</td>
              <td className="num">{d.families || ''}</td>
              <td>{d.slsCodes.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

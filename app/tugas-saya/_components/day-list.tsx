import { useFormatter, useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';
import type { AgendaDay, PplAgenda } from '@/lib/scheduling/ppl-agenda';
import { slsNumber } from './sls-name';
import styles from './my-tasks.module.css';

/** The window day by day: today and the days ahead in view, the days before it folded away; today highlighted. */
export function DayList({ agenda }: { agenda: PplAgenda }) {
  const t = useTranslations('myTasks');
  const todayDate = agenda.today?.date ?? agenda.nextWorkDay?.date ?? '';
  const earlier = agenda.days.filter((d) => d.date < todayDate || todayDate === '');
  const ahead = agenda.days.filter((d) => !earlier.includes(d));
  return (
    <section aria-labelledby="days-heading">
      <h2 id="days-heading">{t('schedule')}</h2>
      {earlier.length > 0 && (
        <details className={styles.earlier}>
          <summary>{t('earlierDays', { count: earlier.length })}</summary>
          <Days days={earlier} today={null} />
        </details>
      )}
      {ahead.length > 0 && <Days days={ahead} today={agenda.today?.date ?? null} />}
    </section>
  );
}

function Days({ days, today }: { days: readonly AgendaDay[]; today: string | null }) {
  const t = useTranslations('myTasks');
  const format = useFormatter();
  return (
    <table className={styles.days} data-testid="day-list">
      <thead>
        <tr><th>{t('date')}</th><th>{t('kind')}</th><th className="num">{t('planned')}</th><th className="num">{t('done')}</th></tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d.date} className={`${styles[d.kind] ?? ''} ${d.date === today ? styles.todayRow : ''}`} aria-current={d.date === today ? 'date' : undefined} data-testid={d.date === today ? 'agenda-today' : undefined}>
            <td>{format.dateTime(calendarDay(d.date), 'weekdayDay')}</td>
            <td>
              {t(`kinds.${d.kind}`)}
              {d.slsCodes.length > 0 && <div className={`muted ${styles.small}`} translate="no">SLS {d.slsCodes.map(slsNumber).join(', ')}</div>}
            </td>
            <td className="num">{d.plannedFamilies > 0 ? format.number(d.plannedFamilies) : ''}</td>
            <td className="num">{d.doneFamilies ? format.number(d.doneFamilies) : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

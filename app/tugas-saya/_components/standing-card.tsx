import { useFormatter, useTranslations } from 'next-intl';
import type { PlacedAssignment } from '@/db/use-cases/get-my-assignment';
import { calendarDay } from '@/i18n/config';
import { farthestDate } from '@/lib/coverage/working-calendar';
import styles from './my-tasks.module.css';

/** Done against planned to date, what is left and needed a day, pace, forecast and status. */
export function StandingCard({ progress, minDailyFamilies }: { progress: PlacedAssignment['progress']; minDailyFamilies: number }) {
  const t = useTranslations('myTasks');
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const forecast = progress.forecastFinish === null ? t('noForecast') : progress.forecastFinish === farthestDate ? t('notAtThisPace') : t('forecast', { date: calendarDay(progress.forecastFinish) });
  const share = progress.assignedFamilies > 0 ? Math.min(100, Math.round((progress.doneFamilies / progress.assignedFamilies) * 100)) : 0;
  return (
    <section className={styles.card} data-testid="standing" aria-labelledby="standing-heading">
      <div className={styles.heading}>
        <h2 id="standing-heading">{t('standing')}</h2>
        <span className={`status status-${progress.status} ${styles.status}`} data-testid="standing-status">{t(`statuses.${progress.status}`)}</span>
      </div>
      <dl className={styles.figures}>
        <div><dt>{t('doneToDate')}</dt><dd data-testid="done-to-date">{n(progress.doneToDate)}</dd></div>
        <div><dt>{t('plannedToDate')}</dt><dd data-testid="planned-to-date">{n(progress.plannedToDate)}</dd></div>
        <div><dt>{t('remaining')}</dt><dd>{n(progress.remainingFamilies)}</dd></div>
        <div><dt>{t('dailyTarget')}</dt><dd>{format.number(progress.dailyTargetFamilies, 'oneDecimal')}</dd></div>
      </dl>
      <div className="progress" role="presentation"><div style={{ width: `${share}%` }} /></div>
      {progress.behindFamilies > 0 && <p className={styles.behind}>{t('behindBy', { count: progress.behindFamilies })}</p>}
      <p className="muted">{t('pace', { pace: progress.pace })} · {forecast}</p>
      <p className="muted">{t('minimum', { count: minDailyFamilies })}</p>
    </section>
  );
}

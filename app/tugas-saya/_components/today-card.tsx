import { useTranslations } from 'next-intl';
import type { PlacedAssignment } from '@/db/use-cases/get-my-assignment';
import { calendarDay } from '@/i18n/config';
import { slsNumber } from './sls-name';
import styles from './my-tasks.module.css';

/** Today's target in families and the SLS to visit; on a day without fieldwork, what the day is and the next one. */
export function TodayCard({ mine }: { mine: PlacedAssignment }) {
  const t = useTranslations('myTasks');
  const { today, nextWorkDay } = mine.agenda;
  const visit = mine.sls.filter((s) => s.today).map((s) => `SLS ${slsNumber(s.slsCode)} (${s.villageName})`);
  const next = nextWorkDay && nextWorkDay.date !== mine.today && <p>{t('nextWorkDay', { date: calendarDay(nextWorkDay.date), count: nextWorkDay.plannedFamilies })}</p>;
  return (
    <section className={`${styles.card} ${styles.today}`} data-testid="today-card" aria-labelledby="today-heading">
      <h2 id="today-heading">{t('todayLabel', { date: calendarDay(mine.today) })}</h2>
      {today && today.plannedFamilies > 0 ? (
        <>
          <p className={styles.target}>
            <span data-testid="today-target">{t('families', { count: today.plannedFamilies })}</span> <small>{t('todayTarget')}</small>
          </p>
          {visit.length > 0 && <p>{t('todaySls', { sls: visit.join(', ') })}</p>}
        </>
      ) : (
        <>
          {today && today.kind !== 'work' && <p className={styles.target}>{t(`todayKinds.${today.kind}`)}</p>}
          {next}
          {!nextWorkDay && <p className={styles.target}>{mine.progress.remainingFamilies === 0 ? t('nothingLeft') : t('windowOver')}</p>}
        </>
      )}
      {today && (today.doneFamilies ?? 0) > 0 && <p className="muted">{t('doneToday', { count: today.doneFamilies ?? 0 })}</p>}
    </section>
  );
}

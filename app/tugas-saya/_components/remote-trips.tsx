import { useFormatter, useTranslations } from 'next-intl';
import type { PlacedAssignment } from '@/db/use-cases/get-my-assignment';
import { calendarDay } from '@/i18n/config';
import styles from './my-tasks.module.css';

/** A remote PPL's villages and how they are reached, their travel days and the plan's charter legs there. */
export function RemoteTrips({ remote, travelDates }: { remote: NonNullable<PlacedAssignment['remote']>; travelDates: readonly string[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const day = (date: string) => format.dateTime(calendarDay(date), 'weekdayDay');
  return (
    <section className={styles.card} data-testid="remote-trips" aria-labelledby="remote-heading">
      <h2 id="remote-heading">{t('myTasks.remote')}</h2>
      <ul className={styles.plain}>
        {remote.villages.map((v) => (
          <li key={v.villageCode}>
            {t('myTasks.villageAccess', { village: v.villageName, mode: t(`access.${v.accessMode}`), days: v.travelDaysOneWay, local: v.localStaff ? 'yes' : 'no' })}
          </li>
        ))}
      </ul>
      {travelDates.length > 0 && <p>{t('myTasks.travelDates', { dates: travelDates.map(day).join(', ') })}</p>}
      <h3>{t('myTasks.charters')}</h3>
      {remote.charters.length === 0 ? (
        <p className="muted">{t('myTasks.noCharters')}</p>
      ) : (
        <ul className={styles.plain}>
          {remote.charters.map((c) => (
            <li key={`${c.tripDate}-${c.villageName}-${c.kind}`}>
              <strong>{day(c.tripDate)}</strong> {t('myTasks.charterLeg', { kind: t(`charterKinds.${c.kind}`), village: c.villageName, mode: t(`access.${c.mode}`) })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

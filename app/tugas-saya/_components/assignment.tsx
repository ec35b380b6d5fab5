import { useTranslations } from 'next-intl';
import type { PlacedAssignment } from '@/db/use-cases/get-my-assignment';
import { DayList } from './day-list';
import { PmlCard } from './pml-card';
import { RemoteTrips } from './remote-trips';
import { SlsList } from './sls-list';
import { StandingCard } from './standing-card';
import { TodayCard } from './today-card';
import styles from './my-tasks.module.css';

/** A placed PPL's page: today first, then how they stand, their SLS, their days, travel and their PML. */
export function Assignment({ mine }: { mine: PlacedAssignment }) {
  const t = useTranslations('myTasks');
  const plan = { plan: mine.plan.name, version: mine.plan.version };
  return (
    <>
      <p className={styles.who}>
        <strong translate="no">{mine.slot.personName ?? mine.slot.label}</strong>
        <span translate="no">{mine.slot.label} · {mine.slot.districtName}</span>
      </p>
      <p className={mine.source === 'in_force' ? `muted ${styles.small}` : 'note'} data-testid="plan-source">
        {mine.source === 'in_force' ? t('planInForce', plan) : t('planNewest', plan)}
      </p>
      {!mine.slot.active && <p className="note">{t('inactive')}</p>}
      <TodayCard mine={mine} />
      <StandingCard progress={mine.progress} minDailyFamilies={mine.minDailyFamilies} />
      <SlsList sls={mine.sls} />
      <DayList agenda={mine.agenda} />
      {mine.remote && <RemoteTrips remote={mine.remote} travelDates={mine.agenda.days.filter((d) => d.kind === 'travel').map((d) => d.date)} />}
      <PmlCard pml={mine.pml} />
    </>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import { getMyAssignment, type MyAssignment } from '@/db/use-cases/get-my-assignment';
import { operationToday } from '@/lib/operations/operation-today';
import { NoWorkingDaysError } from '@/lib/planning/errors';
import { requirePage } from '../_lib/auth';
import { requestContext } from '../_lib/db';
import { Assignment } from './_components/assignment';
import { ForCoordinators } from './_components/for-coordinators';
import { OfflineSupport } from './_components/offline-support';
import styles from './_components/my-tasks.module.css';

/**
 * Tugas saya: the signed-in PPL's assignment as of the operation's today, made for a phone and kept readable without
 * a connection once opened (public/sw.js). Coordinators who may read PPL slots are pointed to their own pages.
 */
export default async function MyTasksPage() {
  const { viewer, scope } = await requirePage('slot.read', { path: '/tugas-saya' });
  const [t, format] = await Promise.all([getTranslations('myTasks'), getFormatter()]);
  if (viewer.role !== 'ppl') return <ForCoordinators />;
  const { db, operation } = await requestContext();
  const updated = format.dateTime(new Date(), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  let mine: MyAssignment | 'no_operation' | 'no_working_days' = 'no_operation';
  try {
    if (operation) mine = await getMyAssignment(db, scope, { operationId: operation.id, today: operationToday({ clockDate: operation.clockDate, now: new Date() }) });
  } catch (error) {
    if (!(error instanceof NoWorkingDaysError)) throw error;
    mine = 'no_working_days';
  }
  return (
    <section data-testid="my-tasks">
      <h1>{t('title')}</h1>
      <OfflineSupport offlineText={t('offline', { time: updated })} savedText={t('savedOffline')} />
      {mine === 'no_operation' && <p className="note">{t('noOperation')}</p>}
      {mine === 'no_working_days' && <p className="note">{t('noWorkingDays')}</p>}
      {typeof mine === 'object' && mine.state === 'no_person' && <p className="note" data-testid="no-assignment">{t('noPerson')}</p>}
      {typeof mine === 'object' && mine.state === 'not_placed' && (
        <p className="note" data-testid="no-assignment">
          {mine.planInForce ? t('notPlacedInForce', { plan: mine.planInForce.name, version: mine.planInForce.version }) : t('notPlaced')}
        </p>
      )}
      {typeof mine === 'object' && mine.state === 'placed' && <Assignment mine={mine} />}
      <p className={`muted ${styles.small}`}>{t('updated', { time: updated })}</p>
    </section>
  );
}

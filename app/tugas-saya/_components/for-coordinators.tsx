import Link from 'next/link';
import { useTranslations } from 'next-intl';

/** What an office head, KOSEKA or PML finds here: where their PPL's progress and schedules are. */
export function ForCoordinators() {
  const t = useTranslations('myTasks');
  return (
    <section data-testid="my-tasks-coordinator">
      <h1>{t('title')}</h1>
      <p>{t('forCoordinators')}</p>
      <ul>
        <li><Link href="/pemantauan">{t('toMonitoring')}</Link></li>
        <li><Link href="/perencanaan">{t('toPlanning')}</Link></li>
      </ul>
    </section>
  );
}

import { useTranslations } from 'next-intl';
import type { PlacedAssignment } from '@/db/use-cases/get-my-assignment';
import { slsNumber } from './sls-name';
import styles from './my-tasks.module.css';

/** Their SLS in visiting order with families done and left; today's marked. */
export function SlsList({ sls }: { sls: PlacedAssignment['sls'] }) {
  const t = useTranslations('myTasks');
  const families = sls.reduce((sum, s) => sum + s.families, 0);
  return (
    <section aria-labelledby="sls-heading">
      <h2 id="sls-heading">{t('mySls')}</h2>
      <p className="muted">{t('slsCount', { count: sls.length, families })}</p>
      <ol className={styles.slsList} data-testid="sls-list">
        {sls.map((s) => (
          <li key={s.slsCode} className={s.today ? styles.slsToday : undefined} data-testid="sls-item">
            <div className={styles.slsHead}>
              <strong translate="no">SLS {slsNumber(s.slsCode)} · {s.villageName}</strong>
              {s.today && <span className="badge">{t('todayMark')}</span>}
            </div>
            <div className={`muted ${styles.small}`} translate="no">{s.slsCode}</div>
            <div className="progress" role="presentation"><div style={{ width: `${s.families > 0 ? Math.min(100, Math.round((s.doneFamilies / s.families) * 100)) : 100}%` }} /></div>
            <div className={styles.small}>{t('slsDone', { done: s.doneFamilies, left: s.leftFamilies, families: s.families })}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { useTranslations } from 'next-intl';
import type { PlacedAssignment } from '@/db/use-cases/get-my-assignment';
import styles from './my-tasks.module.css';

/** Their PML's name and phone, the phone a link a phone can call. */
export function PmlCard({ pml }: { pml: PlacedAssignment['pml'] }) {
  const t = useTranslations('myTasks');
  return (
    <section className={styles.card} data-testid="pml-card" aria-labelledby="pml-heading">
      <h2 id="pml-heading">{t('pml')}</h2>
      {!pml && <p>{t('pmlNone')}</p>}
      {pml && !pml.name && <p translate="no">{t('pmlToRecruit', { label: pml.label })}</p>}
      {pml?.name && (
        <>
          <p className={styles.pmlName} translate="no">{pml.name} <span className={`muted ${styles.small}`}>{pml.label}</span></p>
          {pml.phone ? (
            <a className="button" href={`tel:${pml.phone.replace(/[^\d+]/g, '')}`} aria-label={t('call', { name: pml.name })}>{pml.phone}</a>
          ) : (
            <p className="muted">{t('noPhone')}</p>
          )}
        </>
      )}
    </section>
  );
}

import { useTranslations } from 'next-intl';

/** A page whose capability arrives in a later release says so plainly. */
export function ComingSoon({ page }: { page: 'monitoring' | 'coverage' }) {
  const t = useTranslations();
  return (
    <>
      <h1>{t(`nav.${page}`)}</h1>
      <p>{t(`placeholder.${page}`)}</p>
      <p className="note">{t('placeholder.comingSoon')}</p>
    </>
  );
}

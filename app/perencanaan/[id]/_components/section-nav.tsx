import { useTranslations } from 'next-intl';

/** The plan page's sections, to jump between on a long province plan; it stays in view while the page scrolls. */
export function SectionNav() {
  const t = useTranslations('planPage');
  const sections = [['ringkasan', 'summary'], ['anggaran', 'budget'], ['kecamatan', 'districts'], ['tim', 'teams'], ['carter', 'charters']] as const;
  return (
    <nav className="section-nav" aria-label={t('sections')} data-testid="plan-sections">
      {sections.map(([anchor, key]) => <a key={anchor} href={`#${anchor}`}>{t(key)}</a>)}
    </nav>
  );
}

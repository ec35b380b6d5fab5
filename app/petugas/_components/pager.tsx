import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { pageWindow } from '@/lib/staff/page-window';
import { staffHref, type StaffView } from '../_lib/staff-href';

/** Links to the roster's other pages: previous, a window of page numbers, next. Nothing when there is one page. */
export function Pager({ view, page, pages }: { view: StaffView; page: number; pages: number }) {
  const t = useTranslations('pages.staff');
  if (pages <= 1) return null;
  // Each page opens at the roster, past the plan's teams above it.
  const to = (halaman: number) => `${staffHref({ ...view, halaman })}#roster`;
  return (
    <nav className="pager" aria-label={t('pages')} data-testid="roster-pager">
      {page > 1 ? <Link href={to(page - 1)} rel="prev">{t('previous')}</Link> : <span className="muted">{t('previous')}</span>}
      {pageWindow({ page, pages }).map((p, i) =>
        p === 'gap' ? <span key={`gap-${i}`} className="muted">…</span>
        : p === page ? <strong key={p} aria-current="page">{p}</strong>
        : <Link key={p} href={to(p)} aria-label={t('page', { page: p })}>{p}</Link>,
      )}
      {page < pages ? <Link href={to(page + 1)} rel="next">{t('next')}</Link> : <span className="muted">{t('next')}</span>}
    </nav>
  );
}

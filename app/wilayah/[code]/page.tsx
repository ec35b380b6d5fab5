import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getAreaWithAncestors, listChildAreas } from '@/db/queries/areas';
import { areaCodeInput } from '@/lib/areas/inputs';
import { mayDo } from '@/lib/auth/permissions';
import { requirePage } from '../../_lib/auth';
import { requestContext } from '../../_lib/db';
import { AreaSearch } from '../_components/area-search';
import { AreaTable } from '../_components/area-table';

export default async function AreaPage({ params }: { params: Promise<{ code: string }> }) {
  const parsed = areaCodeInput.safeParse(decodePathSegment((await params).code));
  if (!parsed.success) notFound();
  const code = parsed.data;
  const { viewer, scope } = await requirePage('area.read', { path: `/wilayah/${code}` });
  const [t, format, lang] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const { db, operation } = await requestContext();
  const found = await getAreaWithAncestors(db, scope, code);
  if (!found) notFound();
  // The frame is public; the way down is shown only inside the viewer's areas and above them.
  if (!found.inScope) forbidden();
  const { chain } = found;
  const area = chain[chain.length - 1]!;
  const rows = await listChildAreas(db, scope, code, operation?.id ?? null);
  const families = rows.reduce((s, r) => s + r.families, 0);
  return (
    <>
      <div className="crumbs" aria-label={t('areas.breadcrumb')}>
        <span><Link href="/wilayah">{t('areas.country')}</Link></span>
        {chain.map((a) => (
          <span key={a.code} translate="no">{a.code === code ? a.name : <Link href={`/wilayah/${a.code}`}>{a.name}</Link>}</span>
        ))}
      </div>
      <div className="toolbar">
        <h1><span translate="no">{area.name}</span> <span className="muted">· {t(`levels.${area.level}`)} · {area.code}</span></h1>
        {rows.length > 0 && mayDo(viewer, 'area.export') && <a className="button" href={`/api/areas/${code}/export?lang=${lang}`}>{t('areas.exportCsv')}</a>}
      </div>
      <AreaSearch initial="" />
      <div className="cards">
        <div className="card">
          <div className="label">{t('columns.subareas')}</div>
          <div className="value" data-testid="child-count">{format.number(rows.length)}</div>
          {rows[0] && <div className="label">{t(`levelCounts.${rows[0].level}`, { count: rows.length })}</div>}
        </div>
        <div className="card"><div className="label">{t('columns.families')}</div><div className="value">{format.number(families)}</div></div>
      </div>
      {families === 0 && <p className="note">{t('areas.noWorkload')}</p>}
      {rows.length > 0 && <AreaTable rows={rows} />}
    </>
  );
}

/** A path segment as typed: `%2E` is a dot; a malformed escape (`%E0`) stays as it is and fails the code check. */
function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

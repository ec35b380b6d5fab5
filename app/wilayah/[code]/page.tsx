import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getAreaWithAncestors, listChildAreas } from '@/db/queries/areas';
import { areaCodeInput } from '@/lib/areas/inputs';
import { formatNumber } from '@/lib/i18n/messages';
import { requirePage } from '../../_lib/auth';
import { requestContext } from '../../_lib/db';
import { getMessages } from '../../_lib/lang';
import { AreaSearch } from '../_components/area-search';
import { AreaTable } from '../_components/area-table';

export default async function AreaPage({ params }: { params: Promise<{ code: string }> }) {
  const parsed = areaCodeInput.safeParse(decodePathSegment((await params).code));
  if (!parsed.success) notFound();
  const code = parsed.data;
  const { scope } = await requirePage('area.read', { path: `/wilayah/${code}` });
  const { lang, t } = await getMessages();
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
      <div className="crumbs" aria-label="breadcrumb">
        <span><Link href="/wilayah">{t.country}</Link></span>
        {chain.map((a) => (
          <span key={a.code}>{a.code === code ? a.name : <Link href={`/wilayah/${a.code}`}>{a.name}</Link>}</span>
        ))}
      </div>
      <div className="toolbar">
        <h1>{area.name} <span className="muted">· {t.levels[area.level]} · {area.code}</span></h1>
        {rows.length > 0 && <a className="button" href={`/api/areas/${code}/export`}>{t.areas.exportCsv}</a>}
      </div>
      <AreaSearch initial="" labels={{ ...t.search, levels: t.levels }} />
      <div className="cards">
        <div className="card"><div className="label">{t.columns.subareas}</div><div className="value" data-testid="child-count">{formatNumber(rows.length, lang)}</div><div className="label">{rows[0] ? t.levelsPlural[rows[0].level] : ''}</div></div>
        <div className="card"><div className="label">{t.columns.families}</div><div className="value">{formatNumber(families, lang)}</div></div>
      </div>
      {families === 0 && <p className="note">{t.areas.noWorkload}</p>}
      {rows.length > 0 && <AreaTable rows={rows} lang={lang} t={t} />}
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

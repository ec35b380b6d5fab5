import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { listAreaNames } from '@/db/queries/areas';
import { getVisibleSlotLabel, listAuditEntries, type AuditSubject } from '@/db/queries/audit';
import { ancestorCode } from '@/lib/areas/codes';
import { auditQuery } from '@/lib/reassignment/inputs';
import { requirePage } from '../../_lib/auth';
import { requestDb } from '../../_lib/db';
import { AuditTable } from '../_components/audit-table';
import '../pemantauan.css';

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
/** Entries the page shows at most (the CSV holds all), as GET /api/audit. */
const pageLimit = 1000;

/**
 * The log of moves, overrides, dropouts and adoptions about one PPL slot (`?ppl=`), SLS (`?sls=`) or kecamatan
 * (`?kecamatan=`), newest first, as far as the viewer may see them, with its CSV export.
 */
export default async function AuditLogPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const query = auditQuery.safeParse({ ppl: one(search.ppl), sls: one(search.sls), kecamatan: one(search.kecamatan) });
  const areaCode = query.success ? (query.data.kecamatan ?? query.data.sls) : undefined;
  const { scope } = await requirePage('audit.read', { path: '/pemantauan/log', areaCode });
  const t = await getTranslations('monitoringPage.logPage');
  if (!query.success) return <><h1>{t('title')}</h1><p className="note" data-testid="audit-log">{t('bad')}</p></>;
  const { ppl, sls, kecamatan } = query.data;
  const db = await requestDb();
  const label = ppl === undefined ? null : await getVisibleSlotLabel(db, scope, ppl);
  if (ppl !== undefined && label === null) notFound();
  const subject: AuditSubject = ppl !== undefined ? { ppl } : sls !== undefined ? { sls } : { kecamatan: kecamatan! };
  const entries = await listAuditEntries(db, scope, subject, { limit: pageLimit + 1 });
  const district = kecamatan ?? (sls ? ancestorCode(sls, 'kecamatan') : null);
  const names = district ? await listAreaNames(db, [district]) : new Map<string, string>();
  const heading = ppl !== undefined ? t('ofPpl', { label: label! }) : sls !== undefined ? t('ofSls', { code: sls }) : t('ofKecamatan', { code: kecamatan! });
  const csv = `/api/audit?${new URLSearchParams({ ...(ppl !== undefined ? { ppl: String(ppl) } : sls ? { sls } : { kecamatan: kecamatan! }), format: 'csv' })}`;
  return (
    <>
      <h1>{t('title')} · <span translate="no">{heading}</span></h1>
      {district && <p className="muted" translate="no">{names.get(district) ?? district}</p>}
      <div className="mon-log-links">
        <Link href={district ? `/pemantauan?kecamatan=${district}` : '/pemantauan'}>{t('back')}</Link>
        <a href={csv} download data-testid="audit-csv">{t('csv')}</a>
        {district && !kecamatan && <Link href={`/pemantauan/log?kecamatan=${district}`}>{t('ofKecamatan', { code: district })}</Link>}
      </div>
      <div data-testid="audit-log">
        {entries.length === 0 ? <p className="muted">{t('empty')}</p> : <AuditTable entries={entries.slice(0, pageLimit)} />}
        {entries.length > pageLimit && <p className="note">{t('truncated')}</p>}
      </div>
    </>
  );
}

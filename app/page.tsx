import Link from 'next/link';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { getFormatter, getTranslations } from 'next-intl/server';
import { countFrame, listRegionTotals } from '@/db/queries/operations';
import { calendarDay } from '@/i18n/config';
import { decide } from '@/lib/auth/permissions';
import { FamiliesBarChart } from './_components/families-bar-chart';
import { ViewerCoverage } from './_components/viewer-coverage';
import { requirePage } from './_lib/auth';
import { requestContext } from './_lib/db';

export default async function OverviewPage() {
  const { viewer, scope } = await requirePage('operation.read', { path: '/' });
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { db, operation } = await requestContext();
  if (!operation) return <p>{t('overview.noOperation')}</p>;
  const [regions, frame] = await Promise.all([listRegionTotals(db, scope, operation.id), countFrame(db)]);
  const { windowStart, windowEnd } = operation.params;
  const day = (d: string) => format.dateTime(calendarDay(d), 'dayLong');
  const n = (v: number) => format.number(v);
  const totalFamilies = regions.reduce((s, r) => s + r.families, 0);
  const mayReadCoverage = (code: string) => decide({ viewer, action: 'coverage.read', areaCode: code, overlap: true }) === 'allowed';
  return (
    <>
      <h1>{t('overview.title')}</h1>
      <div className="cards">
        <div className="card"><div className="label">{t('overview.operation')}</div><div className="value" translate="no">{operation.name}</div></div>
        <div className="card">
          <div className="label">{t('overview.window')}</div>
          <div className="value" style={{ fontSize: '1.05rem' }}>{t('common.range', { from: day(windowStart), to: day(windowEnd) })}</div>
          <div className="label">{t('overview.days', { count: differenceInCalendarDays(parseISO(windowEnd), parseISO(windowStart)) + 1 })}</div>
        </div>
        <div className="card"><div className="label">{t('columns.families')}</div><div className="value">{n(totalFamilies)}</div></div>
        <div className="card">
          <div className="label">{t('overview.frame')}</div>
          <div className="value" data-testid="frame-villages">{n(frame.desa ?? 0)}</div>
          <div className="label">
            {t('overview.frameVillages', { count: frame.desa ?? 0 })} · {t('levelCounts.kecamatan', { count: frame.kecamatan ?? 0 })} ·{' '}
            {t('levelCounts.kabupaten', { count: frame.kabupaten ?? 0 })} · {t('levelCounts.provinsi', { count: frame.provinsi ?? 0 })}
          </div>
        </div>
      </div>
      <ViewerCoverage db={db} viewer={viewer} scope={scope} operation={operation} />
      <h2>{t('overview.familiesByRegion')}</h2>
      <FamiliesBarChart
        labels={{ road: t('access.road'), remote: t('overview.remote') }}
        data={regions.map((r) => ({ name: r.name, road: r.families - r.remoteFamilies, remote: r.remoteFamilies }))}
      />
      <h2>{t('overview.demoRegions')}</h2>
      <table>
        <thead>
          <tr>
            <th>{t('columns.code')}</th><th>{t('levels.kabupaten')}</th><th>{t('levels.provinsi')}</th>
            <th className="num">{t('levels.desa')}</th><th className="num">{t('columns.sls')}</th>
            <th className="num">{t('columns.families')}</th><th className="num">{t('columns.remoteFamilies')}</th><th>{t('nav.coverage')}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.code}>
              <td>{r.code}</td>
              <td translate="no"><Link href={`/wilayah/${r.code}`}>{r.name}</Link></td>
              <td translate="no">{r.provinceName}</td>
              <td className="num">{n(r.villages)}</td><td className="num">{n(r.sls)}</td>
              <td className="num">{n(r.families)}</td><td className="num">{n(r.remoteFamilies)}</td>
              <td>{mayReadCoverage(r.code) && <Link href={`/cakupan?area=${r.code}`}>{t('nav.coverage')}</Link>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t('overview.estimateNote')}</p>
    </>
  );
}

import Link from 'next/link';
import { differenceInCalendarDays, format, parseISO } from 'date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import { countFrame, listRegionTotals } from '@/db/queries/operations';
import { formatNumber } from '@/lib/i18n/messages';
import { FamiliesBarChart } from './_components/families-bar-chart';
import { requirePage } from './_lib/auth';
import { requestContext } from './_lib/db';
import { getMessages } from './_lib/lang';

export default async function OverviewPage() {
  const { scope } = await requirePage('operation.read', { path: '/' });
  const { lang, t } = await getMessages();
  const { db, operation } = await requestContext();
  if (!operation) return <p>{t.overview.noOperation}</p>;
  const [regions, frame] = await Promise.all([listRegionTotals(db, scope, operation.id), countFrame(db)]);
  const { windowStart, windowEnd } = operation.params;
  const locale = lang === 'en' ? enUS : idLocale;
  const day = (d: string) => format(parseISO(d), 'd MMMM yyyy', { locale });
  const n = (v: number) => formatNumber(v, lang);
  const totalFamilies = regions.reduce((s, r) => s + r.families, 0);
  return (
    <>
      <h1>{t.overview.title}</h1>
      <div className="cards">
        <div className="card"><div className="label">{t.overview.operation}</div><div className="value">{operation.name}</div></div>
        <div className="card">
          <div className="label">{t.overview.window}</div>
          <div className="value" style={{ fontSize: '1.05rem' }}>{day(windowStart)} – {day(windowEnd)}</div>
          <div className="label">{differenceInCalendarDays(parseISO(windowEnd), parseISO(windowStart)) + 1} {t.overview.days}</div>
        </div>
        <div className="card"><div className="label">{t.columns.families}</div><div className="value">{n(totalFamilies)}</div></div>
        <div className="card">
          <div className="label">{t.overview.frame}</div>
          <div className="value" data-testid="frame-villages">{n(frame.desa ?? 0)}</div>
          <div className="label">{t.levelsPlural.desa} · {n(frame.kecamatan ?? 0)} {t.levelsPlural.kecamatan} · {n(frame.kabupaten ?? 0)} {t.levelsPlural.kabupaten} · {n(frame.provinsi ?? 0)} {t.levelsPlural.provinsi}</div>
        </div>
      </div>
      <h2>{t.overview.familiesByRegion}</h2>
      <FamiliesBarChart
        locale={lang === 'en' ? 'en-US' : 'id-ID'}
        labels={{ road: t.access.road, remote: `${t.access.boat} / ${t.access.plane}` }}
        data={regions.map((r) => ({ name: r.name, road: r.families - r.remoteFamilies, remote: r.remoteFamilies }))}
      />
      <h2>{t.overview.demoRegions}</h2>
      <table>
        <thead>
          <tr>
            <th>{t.columns.code}</th><th>{t.levels.kabupaten}</th><th>{t.levels.provinsi}</th>
            <th className="num">{t.levelsPlural.desa}</th><th className="num">{t.columns.sls}</th>
            <th className="num">{t.columns.families}</th><th className="num">{t.columns.remoteFamilies}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.code}>
              <td>{r.code}</td>
              <td><Link href={`/wilayah/${r.code}`}>{r.name}</Link></td>
              <td>{r.provinceName}</td>
              <td className="num">{n(r.villages)}</td><td className="num">{n(r.sls)}</td>
              <td className="num">{n(r.families)}</td><td className="num">{n(r.remoteFamilies)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note">{t.overview.estimateNote}</p>
    </>
  );
}

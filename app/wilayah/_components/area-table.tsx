import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { AreaRow } from '@/db/queries/areas';
import { AccessBadges } from '../../_components/access-badges';

/** Children of an area with their family targets; an SLS table also shows travel and local staff. */
export function AreaTable({ rows }: { rows: AreaRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const isSls = rows[0]?.level === 'sls';
  const sum = (pick: (r: AreaRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
  return (
    <table data-testid="area-table">
      <thead>
        <tr>
          <th>{t('columns.code')}</th><th>{t('columns.name')}</th>
          {!isSls && <th className="num">{t('columns.subareas')}</th>}
          {!isSls && <th className="num">{t('columns.sls')}</th>}
          <th className="num">{t('columns.families')}</th><th>{t('columns.access')}</th>
          {isSls && <th className="num">{t('columns.travel')}</th>}
          {isSls && <th>{t('columns.localStaff')}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.code}>
            <td>{r.code}</td>
            <td translate="no">{isSls ? r.name : <Link href={`/wilayah/${r.code}`}>{r.name}</Link>}</td>
            {!isSls && <td className="num">{n(r.subareas)}</td>}
            {!isSls && <td className="num">{n(r.sls)}</td>}
            <td className="num">{n(r.families)}</td>
            <td><AccessBadges modes={r.accessModes} /></td>
            {isSls && <td className="num">{n(r.travelDaysOneWay ?? 0)}</td>}
            {isSls && <td>{r.localStaff ? t('common.yes') : t('common.no')}</td>}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2}>{t('areas.total', { count: rows.length })}</td>
          {!isSls && <td className="num">{n(sum((r) => r.subareas))}</td>}
          {!isSls && <td className="num">{n(sum((r) => r.sls))}</td>}
          <td className="num">{n(sum((r) => r.families))}</td>
          <td colSpan={isSls ? 3 : 1} />
        </tr>
      </tfoot>
    </table>
  );
}

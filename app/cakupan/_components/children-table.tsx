'use client';

import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AreaCoverage } from '@/db/use-cases/get-area-coverage';
import { calendarDay } from '@/i18n/config';

type Child = AreaCoverage['children'][number];
type Column = 'name' | 'target' | 'percent' | 'pace' | 'forecastFinish' | 'status';

const statusRank = { behind: 0, on_track: 1, done: 2 } as const;
/** How each column orders; a missing forecast sorts last. */
const sortValue: Record<Column, (c: Child) => string | number> = {
  name: (c) => c.name,
  target: (c) => c.target,
  percent: (c) => c.percent,
  pace: (c) => c.pace,
  forecastFinish: (c) => c.forecastFinish ?? '9999-12-31~',
  status: (c) => statusRank[c.status],
};

/** The children of an area with their figures, sorted by a click on a header; a name opens that child's coverage. */
export function ChildrenTable({ rows, asOf }: { rows: Child[]; asOf: string }) {
  const t = useTranslations('coveragePage');
  const format = useFormatter();
  const [sort, setSort] = useState<{ column: Column; ascending: boolean }>({ column: 'name', ascending: true });
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [sortValue[sort.column](a), sortValue[sort.column](b)];
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sort.ascending ? order : -order;
  });
  const header = (column: Column, label: string, numeric = false) => (
    <th className={numeric ? 'num' : undefined} aria-sort={sort.column === column ? (sort.ascending ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="link-like" title={t('sortBy', { column: label })} onClick={() => setSort((s) => ({ column, ascending: s.column === column ? !s.ascending : true }))}>
        {label}{sort.column === column ? (sort.ascending ? ' ▲' : ' ▼') : ''}
      </button>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="wide" data-testid="children-table">
        <thead>
          <tr>
            {header('name', t('children'))}
            {header('target', t('target'), true)}
            {header('percent', t('percent'), true)}
            {header('pace', t('pace'), true)}
            {header('forecastFinish', t('forecast'))}
            {header('status', t('status'))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((c) => (
            <tr key={c.code}>
              <td translate="no"><Link href={`/cakupan?area=${c.code}&asOf=${asOf}`}>{c.name}</Link> <span className="muted">{c.code}</span></td>
              <td className="num">{format.number(c.target)}</td>
              <td className="num">{format.number(c.percent / 100, 'percent')}</td>
              <td className="num">{format.number(c.pace, 'oneDecimal')}</td>
              <td>{c.forecastFinish === null ? t('noForecast') : c.forecastFinish >= '9999-12-31' ? t('notAtThisPace') : format.dateTime(calendarDay(c.forecastFinish), 'day')}</td>
              <td><span className={`status status-${c.status}`}>{t(`statuses.${c.status}`)}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

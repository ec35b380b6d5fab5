'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { AreaCoverage } from '@/db/use-cases/get-area-coverage';
import { calendarDay } from '@/i18n/config';
import { BurnUpChart, DailyPaceChart } from './coverage-charts';
import { ChildrenTable } from './children-table';

const refreshMs = 30_000;
/** Latest date a forecast names (lib/coverage/working-calendar farthestDate): further off means "not at this pace". */
const farthestDate = '9999-12-31';

async function fetchCoverage(area: string, asOf: string): Promise<AreaCoverage> {
  const response = await fetch(`/api/coverage?area=${encodeURIComponent(area)}&asOf=${asOf}`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`coverage ${response.status}`);
  return (await response.json()) as AreaCoverage;
}

/** Families with a final outcome: not_home is a revisit still due. */
export const doneFamilies = (c: Pick<AreaCoverage, 'completed' | 'refused' | 'moved' | 'notFound'>) => c.completed + c.refused + c.moved + c.notFound;

/** The coverage of one area kept fresh every 30 s (first answer from the server), with its date picker. */
export function CoverageDashboard({ initial, bounds, windowEnd }: { initial: AreaCoverage; bounds: { earliest: string; latest: string }; windowEnd: string }) {
  const t = useTranslations('coveragePage');
  const tl = useTranslations('levels');
  const format = useFormatter();
  const router = useRouter();
  const area = initial.area.code;
  const query = useQuery({
    queryKey: ['coverage', area, initial.asOf],
    queryFn: () => fetchCoverage(area, initial.asOf),
    initialData: initial,
    refetchInterval: refreshMs,
  });
  const c = query.data;
  const [asOf, setAsOf] = useState(initial.asOf);
  const n = (v: number) => format.number(v);
  const day = (d: string) => format.dateTime(calendarDay(d), 'dayLong');
  const forecast = c.forecastFinish === null ? t('noForecast') : c.forecastFinish >= farthestDate ? t('notAtThisPace') : day(c.forecastFinish);
  const level = c.area.level === 'nasional' ? tl('country') : tl(c.area.level);
  const outcomes = [
    ['completed', c.completed],
    ['refused', c.refused],
    ['notHome', c.notHome],
    ['moved', c.moved],
    ['notFound', c.notFound],
  ] as const;
  return (
    <>
      <div className="toolbar">
        <h1><span translate="no">{c.area.name}</span> <span className="muted">· {level} · {c.area.code}</span></h1>
        <form
          className="search"
          onSubmit={(e) => {
            e.preventDefault();
            if (asOf) router.push(`/cakupan?area=${area}&asOf=${asOf}`);
          }}
        >
          <label className="muted" htmlFor="as-of">{t('asOf')}</label>
          <input id="as-of" name="asOf" type="date" min={bounds.earliest} max={bounds.latest} value={asOf} required onChange={(e) => setAsOf(e.target.value)} />
          <button type="submit">{t('show')}</button>
        </form>
      </div>
      <p className="muted" data-testid="plan-source">{t(`planSources.${c.planSource}`)} {t('updated')}</p>
      {query.isError && <p className="note">{t('refreshFailed')}</p>}
      <div className="cards" data-testid="coverage-cards">
        <div className="card"><div className="label">{t('target')}</div><div className="value">{n(c.target)}</div></div>
        <div className="card"><div className="label">{t('done')}</div><div className="value" data-testid="done">{n(doneFamilies(c))}</div></div>
        <div className="card"><div className="label">{t('percent')}</div><div className="value" data-testid="percent">{format.number(c.percent / 100, 'percent')}</div></div>
        <div className="card"><div className="label">{t('pace')}</div><div className="value">{format.number(c.pace, 'oneDecimal')}</div><div className="label">{t('paceNote')}</div></div>
        <div className="card"><div className="label">{t('forecast')}</div><div className="value small">{forecast}</div>{c.plannedEnd && <div className="label">{t('plannedEnd', { date: calendarDay(c.plannedEnd) })}</div>}</div>
        <div className="card"><div className="label">{t('status')}</div><div className="value"><span className={`status status-${c.status}`} data-testid="status">{t(`statuses.${c.status}`)}</span></div></div>
      </div>
      <h2>{t('burnUp')}</h2>
      <BurnUpChart daily={c.daily} plannedEnd={c.plannedEnd} windowEnd={windowEnd} />
      <h2>{t('dailyPace')}</h2>
      <DailyPaceChart daily={c.daily} />
      <h2>{t('outcomes')}</h2>
      <div className="table-scroll">
        <table className="outcomes" data-testid="outcomes">
          <tbody>
            {outcomes.map(([key, value]) => (
              <tr key={key}><td>{t(key)}</td><td className="num">{n(value)}</td><td className="num">{c.target > 0 ? format.number(value / c.target, 'percent') : ''}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('children')}</h2>
      {c.children.length === 0 ? <p className="muted">{t('noChildren')}</p> : <ChildrenTable rows={c.children} asOf={c.asOf} />}
    </>
  );
}

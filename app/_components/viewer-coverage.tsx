import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Db } from '@/db/client';
import type { OperationSummary } from '@/db/queries/operations';
import { getAreaCoverage, type AreaCoverage } from '@/db/use-cases/get-area-coverage';
import { calendarDay } from '@/i18n/config';
import { decide, type Viewer } from '@/lib/auth/permissions';
import type { ViewerScope } from '@/lib/auth/scope';
import { operationToday } from '@/lib/operations/operation-today';
import { NoWorkingDaysError } from '@/lib/planning/errors';
import { CoverageSparkline } from './coverage-sparkline';

/** Coverage of each of the viewer's areas as of the operation's today (none when the rules leave no working day). */
async function readCoverage(db: Db, viewer: Viewer, scope: ViewerScope, operation: OperationSummary): Promise<AreaCoverage[]> {
  const asOf = operationToday({ clockDate: operation.clockDate, now: new Date() });
  const codes = viewer.areaCodes.filter((code) => decide({ viewer, action: 'coverage.read', areaCode: code }) === 'allowed');
  try {
    const read = await Promise.all(codes.map((areaCode) => getAreaCoverage(db, scope, { operation, areaCode, asOf })));
    return read.filter((c): c is AreaCoverage => c !== null);
  } catch (error) {
    if (error instanceof NoWorkingDaysError) return [];
    throw error;
  }
}

/** Ringkasan's coverage cards: per area of the viewer, percent done, status, families, pace and a small burn-up. */
export async function ViewerCoverage({ db, viewer, scope, operation }: { db: Db; viewer: Viewer; scope: ViewerScope; operation: OperationSummary }) {
  const items = await readCoverage(db, viewer, scope, operation);
  if (items.length === 0) return null;
  const [t, tc, format] = await Promise.all([getTranslations('overviewCoverage'), getTranslations('coveragePage'), getFormatter()]);
  const finalOf = (c: AreaCoverage) => c.completed + c.refused + c.moved + c.notFound;
  return (
    <section data-testid="overview-coverage">
      <h2>{t('title')} <span className="muted">{t('asOf', { date: calendarDay(items[0]!.asOf) })}</span></h2>
      <div className="cards area-coverage">
        {items.map((c) => (
          <div className="card" key={c.area.code} data-testid={`coverage-${c.area.code}`}>
            <div className="label"><span translate="no">{c.area.name}</span> · {c.area.code}</div>
            <div className="value">{format.number(c.percent / 100, 'percent')} <span className={`status status-${c.status}`}>{tc(`statuses.${c.status}`)}</span></div>
            <div className="label">{finalOf(c) > 0 ? `${t('done', { done: finalOf(c), target: c.target })} · ${t('pace', { pace: c.pace })}` : t('none')}</div>
            {c.children.some((k) => k.status === 'behind') && <div className="label">{t('behind', { behind: c.children.filter((k) => k.status === 'behind').length, count: c.children.length })}</div>}
            <CoverageSparkline daily={c.daily} label={t('chart')} />
            <Link href={`/cakupan?area=${c.area.code}`}>{t('open')}</Link>
          </div>
        ))}
      </div>
    </section>
  );
}

import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAreaWithAncestors } from '@/db/queries/areas';
import { getAreaCoverage } from '@/db/use-cases/get-area-coverage';
import { countryCode } from '@/lib/areas/codes';
import { decide } from '@/lib/auth/permissions';
import { asOfBounds, coverageQueryInput } from '@/lib/coverage/coverage-query-input';
import { operationToday } from '@/lib/operations/operation-today';
import { NoWorkingDaysError } from '@/lib/planning/errors';
import { requirePage } from '../_lib/auth';
import { requestContext } from '../_lib/db';
import { CoverageDashboard } from './_components/coverage-dashboard';

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Coverage of one area as of a date (`?area=&asOf=`; the viewer's first area and the operation's today by default):
 * the first answer read here through the same use case as GET /api/coverage, then kept fresh by the client.
 */
export default async function CoveragePage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const { viewer, scope } = await requirePage('coverage.read', { path: '/cakupan' });
  const [t, tAreas] = await Promise.all([getTranslations('coveragePage'), getTranslations('areas')]);
  const { db, operation } = await requestContext();
  if (!operation) return <><h1>{t('title')}</h1><p className="note">{t('noOperation')}</p></>;
  const parsed = coverageQueryInput(operation.params).safeParse({ area: one(search.area), asOf: one(search.asOf) });
  if (!parsed.success) notFound();
  const areaCode = parsed.data.area ?? viewer.areaCodes[0];
  if (areaCode === undefined) forbidden();
  // As the route: an area holding the viewer's own shows the way down to it.
  if (decide({ viewer, action: 'coverage.read', areaCode, overlap: true }) !== 'allowed') forbidden();
  const asOf = parsed.data.asOf ?? operationToday({ clockDate: operation.clockDate, now: new Date() });
  let coverage;
  try {
    coverage = await getAreaCoverage(db, scope, { operation, areaCode, asOf });
  } catch (error) {
    if (error instanceof NoWorkingDaysError) return <><h1>{t('title')}</h1><p className="note">{t('noWorkingDays')}</p></>;
    throw error;
  }
  if (!coverage) notFound();
  const chain = areaCode === countryCode ? [] : ((await getAreaWithAncestors(db, scope, areaCode))?.chain ?? []);
  const mayOpen = (code: string) => decide({ viewer, action: 'coverage.read', areaCode: code, overlap: true }) === 'allowed';
  const link = (code: string) => `/cakupan?area=${code}&asOf=${asOf}`;
  const crumbs = [{ code: countryCode, name: tAreas('country') }, ...chain];
  return (
    <>
      <nav className="crumbs" aria-label={t('title')} data-testid="coverage-crumbs">
        {crumbs.map((a) => (
          <span key={a.code} translate="no">{a.code !== areaCode && mayOpen(a.code) ? <Link href={link(a.code)}>{a.name}</Link> : a.name}</span>
        ))}
      </nav>
      <CoverageDashboard initial={coverage} bounds={asOfBounds(operation.params)} windowEnd={operation.params.windowEnd} />
    </>
  );
}

import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { openMonitoring } from '@/db/use-cases/open-monitoring';
import { monitoringQuery } from '@/lib/reassignment/inputs';
import { operationToday } from '@/lib/operations/operation-today';
import { requirePage } from '../_lib/auth';
import { requestContext } from '../_lib/db';
import { DistrictPicker } from './_components/district-picker';
import { MonitoringWorkspace } from './_components/monitoring-workspace';
import './pemantauan.css';

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Pemantauan: the PPL of one kecamatan where a plan is in force (`?kecamatan=`; the viewer's first by default), as of
 * the operation's today, read through the same use case as GET /api/plans/:id/monitoring and kept fresh by the client.
 */
export default async function MonitoringPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const { viewer, scope } = await requirePage('monitoring.read', { path: '/pemantauan' });
  const t = await getTranslations('monitoringPage');
  const { db, operation } = await requestContext();
  if (!operation) return <><h1>{t('title')}</h1><p className="note">{t('noOperation')}</p></>;
  const query = monitoringQuery.safeParse({ kecamatan: one(search.kecamatan) });
  if (!query.success) notFound();
  const today = operationToday({ clockDate: operation.clockDate, now: new Date() });
  const view = await openMonitoring(db, scope, { operationId: operation.id, districtCode: query.data.kecamatan, today, userId: viewer.userId });
  if (!view.ok && view.reason === 'unknown_district') notFound();
  const picker = view.districts.length > 1 && <DistrictPicker districts={view.districts} selected={view.ok ? view.district.districtCode : undefined} />;
  if (!view.ok) return <><h1>{t('title')}</h1>{picker}<p className="note" data-testid="monitoring-empty">{t(view.reason === 'no_plan_in_force' ? 'noPlanInForce' : 'noWorkingDays')}</p></>;
  const { district, monitoring } = view;
  return (
    <>
      <div className="toolbar">
        <h1>{t('title')} · <span translate="no">{district.districtName}</span> <span className="muted">{district.districtCode}</span></h1>
        {picker}
      </div>
      <MonitoringWorkspace
        key={district.districtCode}
        initial={monitoring}
        planId={district.planId}
        districtCode={district.districtCode}
        role={viewer.role}
        windowStart={view.windowStart}
      />
    </>
  );
}

import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getLatestSavedPlan, listPlanDistricts, listPlanSlots } from '@/db/queries/plans';
import { listStaff } from '@/db/queries/staff';
import { areaCodeInput } from '@/lib/areas/inputs';
import { Teams } from '../_components/teams';
import { FillRosterButton } from './_components/fill-roster-button';
import { requirePage } from '../_lib/auth';
import { requestContext } from '../_lib/db';
import { CsvUpload } from '../_components/csv-upload';

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ kecamatan?: string }> }) {
  const { viewer, scope } = await requirePage('staff.read', { path: '/petugas' });
  const t = await getTranslations();
  const { db, operation } = await requestContext();
  const [people, plan] = operation ? await Promise.all([listStaff(db, scope, operation.id), getLatestSavedPlan(db, scope, operation.id)]) : [[], null];
  const summary = plan?.summary;
  // Only the kecamatan where the viewer sees teams are listed.
  const districts = plan ? await listPlanDistricts(db, scope, plan.id) : [];
  const requested = areaCodeInput.safeParse((await searchParams).kecamatan ?? '');
  const district = requested.success ? requested.data : districts[0]?.districtCode;
  const slots = plan && district ? await listPlanSlots(db, scope, plan.id, district) : [];
  return (
    <>
      <h1>{t('staffPage.title')}</h1>
      <p className="muted">{t('staffPage.intro')}</p>
      {viewer.role === 'office_head' && (
        <CsvUpload endpoint="/api/staff" testId="roster" countKey="created" labels={{ upload: t('staffPage.upload'), format: t('staffPage.format') }} done="staffPage.imported" />
      )}
      {plan && summary && (
        <section data-testid="staff-by-team">
          <h2>
            {t('plan.teams')}: <Link href={`/perencanaan/${plan.id}`} translate="no">{plan.name}</Link>{' '}
            <span className="muted">(<span translate="no">{summary.areaName}</span>)</span>
          </h2>
          {viewer.role === 'office_head' && <FillRosterButton planId={plan.id} />}
          <p className="crumbs" aria-label={t('staffPage.districts')}>
            {districts.map((d) => (
              <span key={d.districtCode} translate="no">{d.districtCode === district ? <strong>{d.districtName}</strong> : <Link href={`/petugas?kecamatan=${d.districtCode}`}>{d.districtName}</Link>}</span>
            ))}
          </p>
          {district && <Teams planId={plan.id} districtCode={district} slots={slots} />}
        </section>
      )}
      <h2>{t('staffPage.count', { count: people.length })}</h2>
      {people.length === 0 ? (
        <p>{t('staffPage.empty')}</p>
      ) : (
        <table data-testid="staff-table">
          <thead><tr><th>{t('columns.name')}</th><th>{t('staffPage.role')}</th><th>{t('staffPage.phone')}</th><th>{t('staffPage.home')}</th><th>{t('staffPage.status')}</th></tr></thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <td translate="no">{p.name}</td><td>{t(`roles.${p.role}`)}</td><td>{p.phone ?? t('common.none')}</td><td>{p.homeAreaCode}</td><td>{t(`staffStatus.${p.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

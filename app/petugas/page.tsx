import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { listAdoptedPlanIds } from '@/db/queries/plan-adoptions';
import { listPlanDistricts, listPlanSlots, listSavedPlans } from '@/db/queries/plans';
import { listStaffPage } from '@/db/queries/staff';
import { describeIssue } from '@/i18n/describe';
import { areaCodeInput } from '@/lib/areas/inputs';
import { inScope } from '@/lib/auth/permissions';
import { planIdInput } from '@/lib/operations/plan-request';
import { staffPageSize, staffSearchInput } from '@/lib/staff/staff-search-input';
import { CsvUpload } from '../_components/csv-upload';
import { requirePage } from '../_lib/auth';
import { requestContext } from '../_lib/db';
import { Pager } from './_components/pager';
import { PlanTeams } from './_components/plan-teams';
import { RosterSearch } from './_components/roster-search';
import { RosterTable } from './_components/roster-table';
import type { StaffView } from './_lib/staff-href';

type Search = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function StaffPage({ searchParams }: { searchParams: Search }) {
  const { viewer, scope } = await requirePage('staff.read', { path: '/petugas' });
  const [t, lang] = await Promise.all([getTranslations(), getLocale()]);
  const { db, operation } = await requestContext();
  if (!operation) return <p>{t('overview.noOperation')}</p>;
  const raw = await searchParams;
  // A bad search is said and dropped; a bad role or page falls back to all roles and the first page.
  const parsed = staffSearchInput.safeParse(raw);
  const search = parsed.success ? parsed.data : staffSearchInput.parse({ ...raw, q: '' });
  const [plans, inForce] = await Promise.all([listSavedPlans(db, scope, operation.id), listAdoptedPlanIds(db, operation.id)]);
  // The newest saved plan the viewer sees, unless another is asked for; one they cannot see does not exist.
  const asked = first(raw.rencana);
  const planId = asked === undefined ? plans[0]?.id : planIdInput.safeParse(asked).data;
  const plan = plans.find((p) => p.id === planId);
  if (asked !== undefined && !plan) notFound();
  const [roster, districts] = await Promise.all([
    listStaffPage(db, scope, { operationId: operation.id, q: search.q, role: search.peran, page: search.halaman, pageSize: staffPageSize }),
    plan ? listPlanDistricts(db, scope, plan.id) : Promise.resolve([]),
  ]);
  const requested = areaCodeInput.safeParse(first(raw.kecamatan) ?? '');
  const district = districts.find((d) => d.districtCode === requested.data)?.districtCode ?? districts[0]?.districtCode;
  const slots = plan && district ? await listPlanSlots(db, scope, plan.id, district) : [];
  const view: StaffView = { q: search.q, peran: search.peran, rencana: asked === undefined ? undefined : plan?.id, kecamatan: district === districts[0]?.districtCode ? undefined : district };
  const headsOffice = viewer.role === 'office_head';
  const pages = Math.max(1, Math.ceil(roster.total / staffPageSize));
  const from = (roster.page - 1) * staffPageSize + 1;
  return (
    <>
      <h1>{t('staffPage.title')}</h1>
      <p className="muted">{headsOffice ? t('staffPage.intro') : t('pages.staff.introReader')}</p>
      {headsOffice && <CsvUpload endpoint="/api/staff" testId="roster" countKey="created" labels={{ upload: t('staffPage.upload'), format: t('staffPage.format') }} done="staffPage.imported" />}
      <PlanTeams plans={plans} plan={plan} inForce={inForce} fill={!headsOffice ? 'no' : plan && inScope(viewer, plan.areaCode) ? 'yes' : 'beyond'} districts={districts} district={district} slots={slots} view={view} />
      <h2 id="roster">{t('pages.staff.roster')}</h2>
      <RosterSearch view={view} />
      {parsed.error && <p className="note">{describeIssue(parsed.error.issues[0]!, lang).message}</p>}
      {roster.total === 0 ? (
        <p data-testid="roster-empty">{search.q || search.peran ? t('pages.staff.noMatch') : t('staffPage.empty')}</p>
      ) : (
        <>
          <p data-testid="roster-range">{t('pages.staff.range', { from, to: from + roster.rows.length - 1, total: roster.total })}</p>
          <RosterTable rows={roster.rows} />
          <Pager view={view} page={roster.page} pages={pages} />
        </>
      )}
    </>
  );
}

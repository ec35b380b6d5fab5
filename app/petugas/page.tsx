import Link from 'next/link';
import { getLatestSavedPlan, listPlanDistricts, listPlanSlots } from '@/db/queries/plans';
import { listStaff } from '@/db/queries/staff';
import { areaCodeInput } from '@/lib/areas/inputs';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { Teams } from '../_components/teams';
import { FillRosterButton } from './_components/fill-roster-button';
import { formatNumber } from '@/lib/i18n/messages';
import { requirePage } from '../_lib/auth';
import { requestContext } from '../_lib/db';
import { getMessages } from '../_lib/lang';
import { CsvUpload } from '../_components/csv-upload';

export default async function StaffPage({ searchParams }: { searchParams: Promise<{ kecamatan?: string }> }) {
  const { viewer, scope } = await requirePage('staff.read', { path: '/petugas' });
  const { lang, t } = await getMessages();
  const { db, operation } = await requestContext();
  const [people, plan] = operation ? await Promise.all([listStaff(db, scope, operation.id), getLatestSavedPlan(db, scope, operation.id)]) : [[], null];
  const summary = plan?.summary as PlanSummary | undefined;
  // Only the kecamatan where the viewer sees teams are listed.
  const districts = plan ? await listPlanDistricts(db, scope, plan.id) : [];
  const requested = areaCodeInput.safeParse((await searchParams).kecamatan ?? '');
  const district = requested.success ? requested.data : districts[0]?.districtCode;
  const slots = plan && district ? await listPlanSlots(db, scope, plan.id, district) : [];
  const s = t.staffPage;
  return (
    <>
      <h1>{s.title}</h1>
      <p className="muted">{s.intro}</p>
      {viewer.role === 'office_head' && <CsvUpload endpoint="/api/staff" testId="roster" countKey="created" labels={{ ...s, done: s.imported }} />}
      {plan && summary && (
        <section data-testid="staff-by-team">
          <h2>{t.plan.teams}: <Link href={`/perencanaan/${plan.id}`}>{plan.name}</Link> <span className="muted">({summary.areaName})</span></h2>
          {viewer.role === 'office_head' && <FillRosterButton planId={plan.id} label={t.plan.fillRoster} />}
          <p className="crumbs">
            {districts.map((d) => (
              <span key={d.districtCode}>{d.districtCode === district ? <strong>{d.districtName}</strong> : <Link href={`/petugas?kecamatan=${d.districtCode}`}>{d.districtName}</Link>}</span>
            ))}
          </p>
          {district && <Teams planId={plan.id} districtCode={district} slots={slots} lang={lang} t={t} />}
        </section>
      )}
      <h2>{s.count}: {formatNumber(people.length, lang)}</h2>
      {people.length === 0 ? (
        <p>{s.empty}</p>
      ) : (
        <table data-testid="staff-table">
          <thead><tr><th>{t.columns.name}</th><th>{s.role}</th><th>{s.phone}</th><th>{s.home}</th><th>{s.status}</th></tr></thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}><td>{p.name}</td><td>{p.role.toUpperCase()}</td><td>{p.phone ?? '–'}</td><td>{p.homeAreaCode}</td><td>{p.status}</td></tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

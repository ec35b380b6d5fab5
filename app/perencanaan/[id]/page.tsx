import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { Db } from '@/db/client';
import { getPlan, listPlanSlots } from '@/db/queries/plans';
import { getPlanCharters } from '@/db/use-cases/get-plan-charters';
import type { Plan } from '@/db/schema';
import { getSlotSchedule } from '@/db/use-cases/get-slot-schedule';
import { getAreaPlanInForce } from '@/db/queries/plan-adoptions';
import { listAreaNames } from '@/db/queries/areas';
import { listWorkloadChangesSince } from '@/db/queries/workloads';
import { ancestorCode } from '@/lib/areas/codes';
import { inScope } from '@/lib/auth/permissions';
import type { ViewerScope } from '@/lib/auth/scope';
import { planIdInput } from '@/lib/operations/plan-request';
import { operationParamsSchema } from '@/lib/operations/params';
import { areaCodeInput } from '@/lib/areas/inputs';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePage } from '../../_lib/auth';
import { requestDb } from '../../_lib/db';
import { PlanProgress } from '../_components/plan-progress';
import { PlanCharters } from './_components/plan-charters';
import { DistrictChart } from './_components/district-chart';
import { DistrictTable } from './_components/district-table';
import { PlanFigures } from './_components/plan-figures';
import { PplSchedule } from './_components/ppl-schedule';
import { PlanInForce } from './_components/plan-in-force';
import { SectionNav } from './_components/section-nav';
import { WorkloadsChanged } from './_components/workloads-changed';
import { Teams } from '../../_components/teams';

type Search = Promise<{ kecamatan?: string | string[]; ppl?: string | string[] }>;

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Search }) {
  const raw = (await params).id;
  const { viewer, scope } = await requirePage('plan.read', { path: `/perencanaan/${raw}` });
  const id = planIdInput.safeParse(raw);
  if (!id.success) notFound();
  const [t, lang] = await Promise.all([getTranslations(), getLocale()]);
  const db = await requestDb();
  const plan = await getPlan(db, scope, id.data);
  // Another region's plan answers as one that does not exist.
  if (!plan) notFound();
  const query = await searchParams;
  const district = areaCodeInput.safeParse(query.kecamatan ?? '');
  const summary = plan.summary ?? notFound();
  const header = (
    <>
      <p><Link href="/perencanaan">← {t('plan.backToPlans')}</Link></p>
      <div className="toolbar">
        <h1><span translate="no">{plan.name}</span> <span className="muted">· <span translate="no">{summary.areaName}</span> · {t('plan.version', { version: plan.version })} · {t(`strategies.${summary.strategy}`)}</span></h1>
        {plan.status === 'saved' && viewer.role === 'office_head' && (
          <span>
            <a className="button" href={`/api/plans/${plan.id}/export?format=csv&lang=${lang}`}>{t('plan.exportCsv')}</a>{' '}
            <a className="button" href={`/api/plans/${plan.id}/export?format=xlsx&lang=${lang}`}>{t('plan.exportXlsx')}</a>
          </span>
        )}
      </div>
    </>
  );
  if (plan.status !== 'saved') return <>{header}<PlanProgress planId={plan.id} /></>;
  const [charters, slots, ppl, inForce, regencyNames, changes] = await Promise.all([
    getPlanCharters(db, scope, plan.id),
    district.success ? listPlanSlots(db, scope, plan.id, district.data) : Promise.resolve([]),
    readPplSchedule(db, scope, plan, query.ppl),
    getAreaPlanInForce(db, { operationId: plan.operationId, areaCode: plan.areaCode }),
    listAreaNames(db, [...new Set(summary.districts.map((d) => ancestorCode(d.districtCode, 'kabupaten')))]),
    listWorkloadChangesSince(db, { areaCode: plan.areaCode, since: plan.createdAt }),
  ]);
  const changedNames = changes.villages > 0 ? await listAreaNames(db, changes.latestCodes) : new Map<string, string>();
  // A PPL the viewer may not see (another team's) answers as one that does not exist, as the slot API does.
  if (ppl === 'not_found') notFound();
  const { windowStart, windowEnd } = operationParamsSchema.parse(plan.params);
  return (
    <>
      {header}
      {/* Adopting binds every PPL of the area: an office head whose areas hold all of it (as the route checks). */}
      <PlanInForce planId={plan.id} inForce={inForce} mayAdopt={viewer.role === 'office_head' && inScope(viewer, plan.areaCode)} />
      {changes.lastAt && (
        <WorkloadsChanged areaCode={plan.areaCode} villages={changes.villages} lastAt={changes.lastAt} names={changes.latestCodes.map((c) => changedNames.get(c) ?? c)} mayPlan={viewer.role === 'office_head'} />
      )}
      <SectionNav />
      <section id="ringkasan"><PlanFigures s={summary} /></section>
      <h2 id="kecamatan">{t('plan.districts')}</h2>
      <DistrictChart data={summary.districts.map((d) => ({ name: d.districtName, ppl: d.ppl, ideal: Math.round(d.idealPpl * 10) / 10, floor: d.floorPpl }))} />
      <DistrictTable planId={plan.id} rows={summary.districts} selected={district.data} regencyNames={regencyNames} />
      <h2 id="tim">{t('plan.teams')}</h2>
      {district.success && slots.length > 0 ? <Teams planId={plan.id} districtCode={district.data} slots={slots} /> : <p className="muted">{t('plan.chooseDistrict')}</p>}
      {ppl && <PplSchedule slot={ppl.slot} days={ppl.schedule} />}
      <section id="carter">
        <PlanCharters summary={summary} trips={charters.trips} legs={charters.legs} names={charters.villageNames} districtNames={new Map(summary.districts.map((d) => [d.districtCode, d.districtName]))} window={{ windowStart, windowEnd }} />
      </section>
    </>
  );
}

/** The `?ppl=` schedule: none asked, the PPL's schedule, or 'not_found' for a malformed id or a slot the viewer may not see. */
async function readPplSchedule(db: Db, scope: ViewerScope, plan: Plan, raw: string | string[] | undefined) {
  if (raw === undefined || raw === '') return null;
  const slotId = planIdInput.safeParse(raw);
  const found = slotId.success ? await getSlotSchedule(db, scope, plan, slotId.data) : null;
  return found?.slot.role === 'ppl' ? found : 'not_found';
}

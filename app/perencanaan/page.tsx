import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listAreaNames } from '@/db/queries/areas';
import { listPlans } from '@/db/queries/plans';
import { listAdoptedPlanIds } from '@/db/queries/plan-adoptions';
import { areaCodeInput } from '@/lib/areas/inputs';
import { inScope, mayDo } from '@/lib/auth/permissions';
import { requirePage } from '../_lib/auth';
import { requestContext } from '../_lib/db';
import { CsvUpload } from '../_components/csv-upload';
import { PlanForm } from './_components/plan-form';

export default async function PlanningPage({ searchParams }: { searchParams: Promise<{ area?: string | string[] }> }) {
  const { viewer, scope } = await requirePage('plan.read', { path: '/perencanaan' });
  // `?area=` (a plan page's "plan again") prefills the form with an area the viewer may plan; anything else is ignored.
  const asked = areaCodeInput.safeParse((await searchParams).area ?? '');
  const defaultArea = asked.success && inScope(viewer, asked.data) ? asked.data : viewer.areaCodes.includes('64.71') ? '64.71' : viewer.areaCodes[0]!;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { db, operation } = await requestContext();
  if (!operation) return <p>{t('overview.noOperation')}</p>;
  const [plans, adopted, names] = await Promise.all([listPlans(db, scope, operation.id), listAdoptedPlanIds(db, operation.id), listAreaNames(db, [defaultArea])]);
  const n = (v: number) => format.number(v);
  const none = t('common.none');
  // Two plans or more can be compared: with one, no A/B choice is offered. B starts on the newest plan and A on the
  // newest other plan of the same area (plans of different areas are not compared; the compare page says so).
  const compares = plans.length > 1;
  const pairedA = plans.find((p, i) => i > 0 && p.areaCode === plans[0]!.areaCode)?.id;
  return (
    <>
      <h1>{t('planning.title')}</h1>
      <p className="muted">{mayDo(viewer, 'plan.create') ? t('planning.intro') : t('pages.planning.introReader')}</p>
      {/* Only what the role may do is offered: KOSEKA and PML read plans but neither import workloads nor plan. */}
      {mayDo(viewer, 'workload.import') && <CsvUpload endpoint="/api/workloads" testId="workload" countKey="sls" labels={{ upload: t('planning.importWorkload'), format: t('planning.importFormat') }} done="planning.imported" />}
      {mayDo(viewer, 'plan.create') && <PlanForm defaults={operation.params} defaultArea={{ code: defaultArea, name: names.get(defaultArea) ?? defaultArea }} />}
      <h2>{t('planning.savedPlans')}</h2>
      {plans.length === 0 ? (
        <p>{t('planning.noPlans')}</p>
      ) : (
        <form action="/perencanaan/banding">
          <div className="table-scroll"><table data-testid="plan-list">
            <thead>
              <tr>
                {compares && <><th>A</th><th>B</th></>}<th>{t('fields.scenario_name')}</th><th>{t('columns.code')}</th><th>{t('plan.versionHeader')}</th><th>{t('fields.strategy')}</th>
                <th className="num">{t('plan.ppl')}</th><th className="num">{t('plan.pml')}</th><th className="num">{t('plan.koseka')}</th>
                <th className="num">{t('plan.budget')}</th><th>{t('staffPage.status')}</th><th>{t('adoption.column')}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p, i) => {
                const s = p.summary;
                return (
                  <tr key={p.id}>
                    {/* Named "Scenario A", described by the plan's name (a proper name, kept out of the translated label). */}
                    {compares && (
                      <>
                        <td><input type="radio" name="a" value={p.id} defaultChecked={p.id === pairedA} aria-label={t('fields.a')} aria-describedby={`plan-${p.id}`} /></td>
                        <td><input type="radio" name="b" value={p.id} defaultChecked={i === 0} aria-label={t('fields.b')} aria-describedby={`plan-${p.id}`} /></td>
                      </>
                    )}
                    <td translate="no" id={`plan-${p.id}`}><Link href={`/perencanaan/${p.id}`}>{p.name}</Link></td>
                    <td><span translate="no">{s?.areaName ?? p.areaCode}</span> <span className="muted">{p.areaCode}</span></td>
                    <td>{p.version}</td>
                    <td>{s ? t(`strategies.${s.strategy}`) : none}</td>
                    <td className="num">{s ? n(s.ppl) : none}</td><td className="num">{s ? n(s.pml) : none}</td><td className="num">{s ? n(s.koseka) : none}</td>
                    <td className="num">{s ? format.number(s.budget.totalRupiah, 'rupiahCompact') : none}</td>
                    <td>{t(`planStatus.${p.status}`)}</td>
                    <td>{adopted.has(p.id) && <span className="status status-on_track" data-testid="in-force">{t('adoption.inForce')}</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table></div>
          {compares && <p><button type="submit" className="button">{t('planning.compare')}</button></p>}
        </form>
      )}
    </>
  );
}

import Link from 'next/link';
import { listPlans } from '@/db/queries/plans';
import { formatNumber, formatRupiah } from '@/lib/i18n/messages';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { requirePage } from '../_lib/auth';
import { requestContext } from '../_lib/db';
import { getMessages } from '../_lib/lang';
import { CsvUpload } from '../_components/csv-upload';
import { PlanForm } from './_components/plan-form';

export default async function PlanningPage() {
  const { viewer, scope } = await requirePage('plan.read', { path: '/perencanaan' });
  const { lang, t } = await getMessages();
  const { db, operation } = await requestContext();
  if (!operation) return <p>{t.overview.noOperation}</p>;
  const plans = await listPlans(db, scope, operation.id);
  const n = (v: number) => formatNumber(v, lang);
  return (
    <>
      <h1>{t.planning.title}</h1>
      <p className="muted">{t.planning.intro}</p>
      <CsvUpload endpoint="/api/workloads" testId="workload" countKey="sls" labels={{ upload: t.planning.importWorkload, format: t.planning.importFormat, done: t.planning.imported }} />
      {viewer.role === 'office_head' && <PlanForm defaults={operation.params} labels={{ ...t.planning, weekdays: t.weekdays }} defaultArea={viewer.areaCodes.includes('64.71') ? '64.71' : viewer.areaCodes[0]!} />}
      <h2>{t.planning.savedPlans}</h2>
      {plans.length === 0 ? (
        <p>{t.planning.noPlans}</p>
      ) : (
        <form action="/perencanaan/banding">
          <table data-testid="plan-list">
            <thead>
              <tr>
                <th>A</th><th>B</th><th>{t.planning.name}</th><th>{t.columns.code}</th><th>{t.plan.version}</th>
                <th className="num">{t.plan.ppl}</th><th className="num">{t.plan.pml}</th><th className="num">{t.plan.koseka}</th>
                <th className="num">{t.plan.budget}</th><th>Status</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p, i) => {
                const s = p.summary as PlanSummary | null;
                return (
                  <tr key={p.id}>
                    <td><input type="radio" name="a" value={p.id} defaultChecked={i === 1} aria-label={`A: ${p.name}`} /></td>
                    <td><input type="radio" name="b" value={p.id} defaultChecked={i === 0} aria-label={`B: ${p.name}`} /></td>
                    <td><Link href={`/perencanaan/${p.id}`}>{p.name}</Link></td>
                    <td>{s?.areaName ?? p.areaCode} <span className="muted">{p.areaCode}</span></td>
                    <td>{p.version}</td>
                    <td className="num">{s ? n(s.ppl) : '–'}</td><td className="num">{s ? n(s.pml) : '–'}</td><td className="num">{s ? n(s.koseka) : '–'}</td>
                    <td className="num">{s ? formatRupiah(s.budget.totalRupiah, lang) : '–'}</td>
                    <td>{t.plan.status[p.status]}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {plans.length > 1 && <p><button type="submit" className="button">{t.planning.compare}</button></p>}
        </form>
      )}
    </>
  );
}

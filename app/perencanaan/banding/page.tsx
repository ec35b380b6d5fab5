import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { getPlan } from '@/db/queries/plans';
import { formatNumber, type Messages } from '@/lib/i18n/messages';
import { planIdInput } from '@/lib/operations/plan-request';
import { compareSummaries, type PlanSummary, type SummaryDelta } from '@/lib/operations/plan-summary';
import { requirePage } from '../../_lib/auth';
import { requestDb } from '../../_lib/db';
import { getMessages } from '../../_lib/lang';

const compareInput = z.object({ a: planIdInput, b: planIdInput });

function rowLabel(key: SummaryDelta['key'], t: Messages): string {
  const labels: Record<string, string> = {
    families: t.plan.families, workingDays: t.plan.workingDays, ppl: t.plan.ppl, pml: t.plan.pml, koseka: t.plan.koseka,
    staff: t.plan.staff, idealPpl: t.plan.ideal, floorPpl: t.plan.floor, flaggedTerritories: t.plan.flagged,
    charterLegs: t.plan.charters, familiesPerDay: t.plan.dailyTarget, 'budget.pplRupiah': t.plan.honorPpl,
    'budget.pmlRupiah': t.plan.honorPml, 'budget.kosekaRupiah': t.plan.honorKoseka, 'budget.chartersRupiah': t.plan.charterCost,
    'budget.totalRupiah': `${t.plan.budget} (${t.plan.total})`,
  };
  return labels[key] ?? key;
}

function paramLabel(key: string, t: Messages): string {
  const p = t.planning;
  const labels: Record<string, string> = {
    windowStart: p.windowStart, windowEnd: p.windowEnd, minDailyFamilies: p.minDaily, maxDailyFamilies: p.maxDaily,
    reserveDays: p.reserveDays, pplPerPml: p.pplPerPml, kosekaSplitPpl: p.kosekaSplit, supervisionEveryDays: p.supervisionEvery,
    restWeekdays: p.restWeekdays, holidays: p.holidays, honorPplRupiah: p.honorPpl, honorPmlRupiah: p.honorPml,
    honorKosekaRupiah: p.honorKoseka, boatLegRupiah: p.boatLeg, planeSortieRupiah: p.planeSortie, strategy: p.strategy,
  };
  return labels[key] ?? key;
}

export default async function ComparePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const { scope } = await requirePage('plan.read', { path: '/perencanaan/banding' });
  const { lang, t } = await getMessages();
  const parsed = compareInput.safeParse(await searchParams);
  const back = <p><Link href="/perencanaan">← {t.plan.backToPlans}</Link></p>;
  if (!parsed.success) return <>{back}<p className="note">{parsed.error.issues[0]?.message}</p></>;
  const db = await requestDb();
  const [a, b] = await Promise.all([getPlan(db, scope, parsed.data.a), getPlan(db, scope, parsed.data.b)]);
  // Another region's plan answers as one that does not exist.
  if (!a || !b) notFound();
  if (!a.summary || !b.summary) return <>{back}<p className="note">Rencana belum selesai disimpan.</p></>;
  const rows = compareSummaries(a.summary as PlanSummary, b.summary as PlanSummary);
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const paramsA = a.params as Record<string, unknown>;
  const paramsB = b.params as Record<string, unknown>;
  const changed = Object.keys({ ...paramsA, ...paramsB }).filter((k) => JSON.stringify(paramsA[k]) !== JSON.stringify(paramsB[k]));
  return (
    <>
      {back}
      <h1>{t.plan.compareTitle}</h1>
      <table data-testid="compare-table">
        <thead>
          <tr><th /><th className="num">A: <Link href={`/perencanaan/${a.id}`}>{a.name}</Link></th><th className="num">B: <Link href={`/perencanaan/${b.id}`}>{b.name}</Link></th><th className="num">{t.plan.difference}</th><th className="num">%</th></tr>
        </thead>
        <tbody>
          {changed.map((k) => (
            <tr key={k} className="selected"><th>{paramLabel(k, t)}</th><td className="num">{JSON.stringify(paramsA[k])}</td><td className="num">{JSON.stringify(paramsB[k])}</td><td /><td /></tr>
          ))}
          {rows.map((r) => {
            const digits = r.key === 'familiesPerDay' || r.key === 'idealPpl' ? 1 : 0;
            return (
              <tr key={r.key}>
                <th>{rowLabel(r.key, t)}</th>
                <td className="num">{n(r.a, digits)}</td>
                <td className="num">{n(r.b, digits)}</td>
                <td className={`num ${r.delta > 0 ? 'delta-up' : r.delta < 0 ? 'delta-down' : ''}`}>{r.delta > 0 ? '+' : ''}{n(r.delta, digits)}</td>
                <td className="num">{r.deltaPct === null ? '–' : `${r.deltaPct > 0 ? '+' : ''}${n(r.deltaPct, 1)}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

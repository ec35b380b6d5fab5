import { formatNumber, formatRupiah, type Lang, type Messages } from '@/lib/i18n/messages';
import type { PlanSummary } from '@/lib/operations/plan-summary';

/** Headline cards, quality and budget of a plan. */
export function PlanFigures({ s, lang, t }: { s: PlanSummary; lang: Lang; t: Messages }) {
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const card = (label: string, value: string, testId?: string) => (
    <div className="card"><div className="label">{label}</div><div className="value" data-testid={testId}>{value}</div></div>
  );
  return (
    <>
      <div className="cards">
        {card(t.plan.families, n(s.families))}
        {card(t.plan.workingDays, n(s.workingDays))}
        {card(t.plan.ppl, n(s.ppl), 'plan-ppl')}
        {card(t.plan.pml, n(s.pml), 'plan-pml')}
        {card(t.plan.koseka, n(s.koseka), 'plan-koseka')}
        {card(t.plan.staff, n(s.staff))}
        {card(t.plan.budget, formatRupiah(s.budget.totalRupiah, lang), 'plan-budget')}
      </div>
      <h2>{t.plan.quality}</h2>
      <table className="compact">
        <tbody>
          <tr><th>{t.plan.ideal}</th><td className="num">{n(s.idealPpl, 1)}</td><th>{t.plan.floor}</th><td className="num">{n(s.floorPpl)}</td></tr>
          <tr><th>{t.plan.deviation}</th><td className="num">{n(s.deviationPct, 2)}%</td><th>{t.plan.flagged}</th><td className="num">{n(s.flaggedTerritories)}</td></tr>
          <tr><th>{t.plan.dailyTarget}</th><td className="num" colSpan={3}>{n(s.familiesPerDay.min, 1)} – {n(s.familiesPerDay.max, 1)} (rata-rata {n(s.familiesPerDay.mean, 1)})</td></tr>
        </tbody>
      </table>
      <h2>{t.plan.budget}</h2>
      <table className="compact">
        <tbody>
          <tr><th>{t.plan.honorPpl}</th><td className="num">Rp {n(s.budget.pplRupiah)}</td></tr>
          <tr><th>{t.plan.honorPml}</th><td className="num">Rp {n(s.budget.pmlRupiah)}</td></tr>
          <tr><th>{t.plan.honorKoseka}</th><td className="num">Rp {n(s.budget.kosekaRupiah)}</td></tr>
          <tr><th>{t.plan.charterCost}</th><td className="num">Rp {n(s.budget.chartersRupiah)}</td></tr>
        </tbody>
        <tfoot><tr><td>{t.plan.total}</td><td className="num">Rp {n(s.budget.totalRupiah)}</td></tr></tfoot>
      </table>
      {s.warnings.length > 0 && (
        <>
          <h2>{t.plan.warnings}</h2>
          <ul className="flag">{s.warnings.slice(0, 30).map((w) => <li key={w}>{w}</li>)}</ul>
        </>
      )}
    </>
  );
}

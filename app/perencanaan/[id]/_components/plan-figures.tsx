import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { describeWarning } from '@/i18n/describe';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { readPlanWarnings } from '@/lib/planning/stored-notes';

/** Headline cards, quality and budget of a plan. */
export function PlanFigures({ s }: { s: PlanSummary }) {
  const t = useTranslations('plan');
  const tt = useTranslations('terrain');
  const format = useFormatter();
  const lang = useLocale();
  const n = (v: number) => format.number(v);
  const rupiah = (v: number) => format.number(v, 'rupiah');
  const warnings = readPlanWarnings(s.warnings);
  const card = (label: string, value: string, testId?: string) => (
    <div className="card"><div className="label">{label}</div><div className="value" data-testid={testId}>{value}</div></div>
  );
  return (
    <>
      <div className="cards">
        {card(t('families'), n(s.families))}
        {card(t('workingDays'), n(s.workingDays))}
        {card(t('ppl'), n(s.ppl), 'plan-ppl')}
        {card(t('pml'), n(s.pml), 'plan-pml')}
        {card(t('koseka'), n(s.koseka), 'plan-koseka')}
        {card(t('staff'), n(s.staff))}
        {card(t('budget'), format.number(s.budget.totalRupiah, 'rupiahCompact'), 'plan-budget')}
      </div>
      <h2>{t('quality')}</h2>
      <div className="table-scroll"><table className="compact">
        <tbody>
          <tr><th>{t('ideal')}</th><td className="num">{format.number(s.idealPpl, 'oneDecimal')}</td><th>{t('floor')}</th><td className="num">{n(s.floorPpl)}</td></tr>
          <tr><th>{t('deviation')}</th><td className="num">{format.number(s.deviationPct / 100, 'percent')}</td><th>{t('flagged')}</th><td className="num">{n(s.flaggedTerritories)}</td></tr>
          <tr><th>{t('dailyTarget')}</th><td className="num" colSpan={3}>{t('dailyTargetRange', s.familiesPerDay)}</td></tr>
          {s.plainRules && (
            <tr><th>{tt('plainPpl')}</th><td className="num" data-testid="plan-plain-ppl">{n(s.plainRules.ppl)}</td><th>{tt('plainStaff')}</th><td className="num">{n(s.plainRules.staff)}</td></tr>
          )}
        </tbody>
      </table></div>
      <h2 id="anggaran">{t('budget')}</h2>
      <div className="table-scroll"><table className="compact">
        <tbody>
          <tr><th>{t('honorPpl')}</th><td className="num">{rupiah(s.budget.pplRupiah)}</td></tr>
          <tr><th>{t('honorPml')}</th><td className="num">{rupiah(s.budget.pmlRupiah)}</td></tr>
          <tr><th>{t('honorKoseka')}</th><td className="num">{rupiah(s.budget.kosekaRupiah)}</td></tr>
          <tr><th>{t('charterCost')}</th><td className="num">{rupiah(s.budget.chartersRupiah)}</td></tr>
        </tbody>
        <tfoot><tr><td>{t('total')}</td><td className="num">{rupiah(s.budget.totalRupiah)}</td></tr></tfoot>
      </table></div>
      {warnings.length > 0 && (
        <>
          <h2>{t('warnings')}</h2>
          <ul className="flag" data-testid="plan-warnings">{warnings.slice(0, 30).map((w, i) => <li key={i}>{describeWarning(w, lang)}</li>)}</ul>
        </>
      )}
    </>
  );
}

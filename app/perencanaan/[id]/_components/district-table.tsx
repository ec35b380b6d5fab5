import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { DistrictSummary } from '@/lib/operations/plan-summary';

/** Per-kecamatan staffing, linking to each kecamatan's teams. */
export function DistrictTable({ planId, rows, selected }: { planId: number; rows: DistrictSummary[]; selected?: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const one = (v: number) => format.number(v, 'oneDecimal');
  return (
    <div className="table-scroll">
    <table data-testid="district-table">
      <thead>
        <tr>
          <th>{t('levels.kecamatan')}</th><th className="num">{t('plan.families')}</th><th className="num">{t('columns.sls')}</th>
          <th className="num">{t('plan.ppl')}</th><th className="num">{t('plan.ideal')}</th><th className="num">{t('plan.floor')}</th>
          <th className="num">{t('plan.pml')}</th><th className="num">{t('plan.koseka')}</th><th className="num">{t('plan.dailyTarget')}</th><th className="num">{t('plan.flagged')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.districtCode} className={d.districtCode === selected ? 'selected' : undefined}>
            <td><Link href={`/perencanaan/${planId}?kecamatan=${d.districtCode}#tim`} translate="no">{d.districtName}</Link> <span className="muted">{d.districtCode}</span></td>
            <td className="num">{n(d.families)}</td><td className="num">{n(d.sls)}</td><td className="num">{n(d.ppl)}</td>
            <td className="num">{one(d.idealPpl)}</td><td className="num">{n(d.floorPpl)}</td><td className="num">{n(d.pml)}</td><td className="num">{n(d.koseka)}</td>
            <td className="num">{t('common.range', { from: one(d.minFamiliesPerDay), to: one(d.maxFamiliesPerDay) })}</td>
            <td className={`num${d.flaggedTerritories ? ' flag' : ''}`}>{n(d.flaggedTerritories)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

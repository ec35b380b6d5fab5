import Link from 'next/link';
import { formatNumber, type Lang, type Messages } from '@/lib/i18n/messages';
import type { DistrictSummary } from '@/lib/operations/plan-summary';

/** Per-kecamatan staffing, linking to each kecamatan's teams. */
export function DistrictTable({ planId, rows, lang, t, selected }: { planId: number; rows: DistrictSummary[]; lang: Lang; t: Messages; selected?: string }) {
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  return (
    <table data-testid="district-table">
      <thead>
        <tr>
          <th>{t.levels.kecamatan}</th><th className="num">{t.plan.families}</th><th className="num">{t.columns.sls}</th>
          <th className="num">{t.plan.ppl}</th><th className="num">{t.plan.ideal}</th><th className="num">{t.plan.floor}</th>
          <th className="num">{t.plan.pml}</th><th className="num">{t.plan.koseka}</th><th className="num">{t.plan.dailyTarget}</th><th className="num">{t.plan.flagged}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.districtCode} className={d.districtCode === selected ? 'selected' : undefined}>
            <td><Link href={`/perencanaan/${planId}?kecamatan=${d.districtCode}#tim`}>{d.districtName}</Link> <span className="muted">{d.districtCode}</span></td>
            <td className="num">{n(d.families)}</td><td className="num">{n(d.sls)}</td><td className="num">{n(d.ppl)}</td>
            <td className="num">{n(d.idealPpl, 1)}</td><td className="num">{n(d.floorPpl)}</td><td className="num">{n(d.pml)}</td><td className="num">{n(d.koseka)}</td>
            <td className="num">{n(d.minFamiliesPerDay, 1)} – {n(d.maxFamiliesPerDay, 1)}</td>
            <td className={`num${d.flaggedTerritories ? ' flag' : ''}`}>{n(d.flaggedTerritories)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

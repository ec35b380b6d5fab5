import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { describeTerrainNote } from '@/i18n/describe-terrain';
import type { Lang } from '@/lib/i18n/languages';
import type { DistrictSummary } from '@/lib/operations/plan-summary';

const regencyOf = (districtCode: string) => districtCode.slice(0, 5);

/** Sums of a kabupaten's kecamatan (a province or national plan closes each kabupaten with one). */
function sumRows(rows: readonly DistrictSummary[]) {
  const sum = { families: 0, sls: 0, ppl: 0, idealPpl: 0, floorPpl: 0, pml: 0, koseka: 0, flaggedTerritories: 0 };
  for (const r of rows) for (const key of Object.keys(sum) as (keyof typeof sum)[]) sum[key] += r[key];
  return sum;
}

/**
 * Per-kecamatan staffing, linking to each kecamatan's teams, with the norms it was planned with and why; in a plan
 * over several kabupaten, each kabupaten closes with its subtotal.
 */
export function DistrictTable({ planId, rows, selected, regencyNames }: { planId: number; rows: DistrictSummary[]; selected?: string; regencyNames: ReadonlyMap<string, string> }) {
  const t = useTranslations();
  const format = useFormatter();
  const lang = useLocale() as Lang;
  const n = (v: number) => format.number(v);
  const one = (v: number) => format.number(v, 'oneDecimal');
  const groups = new Map<string, DistrictSummary[]>();
  for (const row of rows) {
    const members = groups.get(regencyOf(row.districtCode));
    if (members) members.push(row);
    else groups.set(regencyOf(row.districtCode), [row]);
  }
  const subtotals = groups.size > 1;
  return (
    <>
    <div className="table-scroll"><table data-testid="district-table">
      <thead>
        <tr>
          <th>{t('levels.kecamatan')}</th><th className="num">{t('plan.families')}</th><th className="num">{t('columns.sls')}</th>
          <th className="num">{t('plan.ppl')}</th><th className="num">{t('plan.ideal')}</th><th className="num">{t('plan.floor')}</th>
          <th className="num">{t('plan.pml')}</th><th className="num">{t('plan.koseka')}</th><th className="num">{t('plan.dailyTarget')}</th><th className="num">{t('plan.flagged')}</th>
          <th>{t('terrain.norms')}</th>
        </tr>
      </thead>
      <tbody>
        {[...groups].map(([regency, members]) => [...members.map((d) => (
          <tr key={d.districtCode} className={d.districtCode === selected ? 'selected' : undefined}>
            <td><Link href={`/perencanaan/${planId}?kecamatan=${d.districtCode}#tim`} translate="no">{d.districtName}</Link> <span className="muted">{d.districtCode}</span></td>
            <td className="num">{n(d.families)}</td><td className="num">{n(d.sls)}</td><td className="num">{n(d.ppl)}</td>
            <td className="num">{one(d.idealPpl)}</td><td className="num">{n(d.floorPpl)}</td><td className="num">{n(d.pml)}</td><td className="num">{n(d.koseka)}</td>
            <td className="num">{t('common.range', { from: one(d.minFamiliesPerDay), to: one(d.maxFamiliesPerDay) })}</td>
            <td className={`num${d.flaggedTerritories ? ' flag' : ''}`}>{n(d.flaggedTerritories)}</td>
            <td className="norms" data-testid="district-norms">{(d.terrain ?? []).map((note, k) => <div key={k}>{describeTerrainNote(note, lang)}</div>)}</td>
          </tr>
        )), subtotals && <SubtotalRow key={`sum-${regency}`} label={t('planPage.regencySubtotal', { name: regencyNames.get(regency) ?? regency })} sum={sumRows(members)} />])}
      </tbody>
    </table></div>
    <details className="columns">
      <summary>{t('planPage.columnsExplained')}</summary>
      <ul>{(['families', 'ppl', 'ideal', 'floor', 'pml', 'dailyTarget', 'flagged'] as const).map((k) => <li key={k}>{t(`planPage.districtColumns.${k}`)}</li>)}</ul>
    </details>
    </>
  );
}

function SubtotalRow({ label, sum }: { label: string; sum: ReturnType<typeof sumRows> }) {
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  return (
    <tr className="subtotal" data-testid="regency-subtotal">
      <td translate="no">{label}</td><td className="num">{n(sum.families)}</td><td className="num">{n(sum.sls)}</td><td className="num">{n(sum.ppl)}</td>
      <td className="num">{format.number(sum.idealPpl, 'oneDecimal')}</td><td className="num">{n(sum.floorPpl)}</td><td className="num">{n(sum.pml)}</td><td className="num">{n(sum.koseka)}</td>
      <td /><td className="num">{n(sum.flaggedTerritories)}</td><td />
    </tr>
  );
}

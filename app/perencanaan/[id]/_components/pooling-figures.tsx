import { useFormatter, useTranslations } from 'next-intl';
import type { LogisticsFigures, PoolingReport } from '@/lib/charters/pooling/types';

const rows = ['ppl', 'remotePpl', 'pml', 'charterTrips', 'charterLegs', 'chartersRupiah', 'totalRupiah'] as const satisfies readonly (keyof LogisticsFigures)[];

/** The pooled plan's staff, trips and cost beside the unpooled plan of the same input. */
export function PoolingFigures({ pooling }: { pooling: PoolingReport }) {
  const t = useTranslations('pooling');
  const format = useFormatter();
  const value = (key: (typeof rows)[number], v: number) => (key.endsWith('Rupiah') ? format.number(v, 'rupiah') : format.number(v));
  return (
    <>
      <h3>{t('saving')}</h3>
      <div className="table-scroll">
        <table className="compact" data-testid="pooling-figures">
          <thead><tr><th /><th className="num">{t('pooled')}</th><th className="num">{t('unpooled')}</th><th className="num">{t('difference')}</th></tr></thead>
          <tbody>
            {rows.map((key) => {
              const [a, b] = [pooling.pooled[key], pooling.unpooled[key]];
              return (
                <tr key={key} data-key={key}>
                  <th>{t(key)}</th>
                  <td className="num">{value(key, a)}</td>
                  <td className="num">{value(key, b)}</td>
                  <td className={`num ${a < b ? 'delta-down' : a > b ? 'delta-up' : ''}`}>{a > b ? '+' : ''}{value(key, a - b)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted">{t('staffing', { resident: pooling.residentPml, visiting: pooling.visitingPml, shared: pooling.sharedPpl })}</p>
    </>
  );
}

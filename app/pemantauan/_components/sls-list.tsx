'use client';

import { useTranslations } from 'next-intl';
import type { ShareView } from '@/lib/reassignment/preview-move';
import type { PplMonitoring } from './api';
import { useFigures } from './use-figures';

/** A PPL's SLS in visiting order with families done and left; each with a move and its log. */
export function SlsList({ ppl, moving, onMove }: { ppl: PplMonitoring; moving: string | null; onMove: (share: ShareView) => void }) {
  const t = useTranslations('monitoringPage');
  const f = useFigures();
  if (ppl.shares.length === 0) return <p className="muted">{t('sls.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="mon-table" data-testid="sls-table">
        <thead>
          <tr>
            <th>{t('columns.sls')}</th>
            <th className="num">{t('columns.families')}</th>
            <th className="num">{t('columns.done')}</th>
            <th className="num">{t('columns.remaining')}</th>
            <th className="num">{t('sls.version')}</th>
            <th>{t('columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {ppl.shares.map((s) => (
            <tr key={s.slsCode} data-testid="sls-row" data-sls={s.slsCode} data-left={s.familiesLeft} data-version={s.version} className={moving === s.slsCode ? 'selected' : undefined}>
              <td translate="no">{s.slsCode}</td>
              <td className="num">{f.n(s.families)}</td>
              <td className="num">{f.n(s.doneFamilies)}</td>
              <td className="num">{s.familiesLeft > 0 ? f.n(s.familiesLeft) : <span className="muted">{t('sls.finished')}</span>}</td>
              <td className="num">{s.version}</td>
              <td className="mon-row-actions">
                {s.familiesLeft > 0 && moving !== s.slsCode && <button type="button" className="button mon-small-button" onClick={() => onMove(s)} data-testid="sls-move">{t('sls.move')}</button>}
                <a href={`/pemantauan/log?sls=${s.slsCode}`}>{t('sls.log')}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

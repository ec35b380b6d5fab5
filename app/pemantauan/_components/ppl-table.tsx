'use client';

import { useTranslations } from 'next-intl';
import type { PplMonitoring } from './api';
import { StatusBadge } from './status-badge';
import { useFigures } from './use-figures';

/**
 * Every PPL in view, most urgent first, with their figures (what a coordinator acts on first, so a phone shows it
 * beside the sticky name); the name opens their SLS. Each row carries its slot id,
 * status and daily target as data attributes (the browser tests read them whatever the language).
 */
export function PplTable({ ppl, teamOf, onOpen, minDailyFamilies, changed }: { ppl: readonly PplMonitoring[]; teamOf: (p: PplMonitoring) => string; onOpen: (slotId: number) => void; minDailyFamilies: number; changed: ReadonlySet<number> }) {
  const t = useTranslations('monitoringPage');
  const f = useFigures();
  return (
    <div className="table-scroll">
      <table className="wide mon-table mon-sticky" data-testid="ppl-table">
        <thead>
          <tr>
            <th>{t('columns.ppl')}</th>
            <th>{t('columns.status')}</th>
            <th className="num" title={t('columnNotes.target')}>{t('columns.target')}</th>
            <th className="num">{t('columns.remaining')}</th>
            <th className="num" title={t('columnNotes.pace')}>{t('columns.pace')}</th>
            <th>{t('columns.forecast')}</th>
            <th className="num">{t('columns.done')}</th>
            <th className="num">{t('columns.families')}</th>
            <th className="num">{t('columns.sls')}</th>
            <th>{t('columns.team')}</th>
            <th className="num" title={t('columnNotes.outside')}>{t('columns.outside')}</th>
          </tr>
        </thead>
        <tbody>
          {ppl.map((p) => (
            <tr key={p.slotId} className={`mon-row-${p.status}${changed.has(p.slotId) ? ' mon-changed' : ''}`} data-testid="ppl-row" data-slot-id={p.slotId} data-pml-slot-id={p.pmlSlotId ?? ''} data-status={p.status} data-target={p.dailyTargetFamilies} data-remaining={p.remainingFamilies}>
              <td>
                <button type="button" className="link-like mon-open" onClick={() => onOpen(p.slotId)} title={t('open')} data-testid="open-ppl">
                  <span translate="no">{p.label}</span>
                </button>
                <div className="muted mon-name">{p.staffName === null ? t('unnamed') : <span translate="no">{p.staffName}</span>}</div>
              </td>
              <td><StatusBadge status={p.status} /></td>
              <td className="num" data-testid="target"><strong>{f.one(p.dailyTargetFamilies)}</strong></td>
              <td className="num" data-testid="remaining">{f.n(p.remainingFamilies)}</td>
              <td className={p.pace < minDailyFamilies && p.status !== 'done' ? 'num flag' : 'num'}>{f.one(p.pace)}</td>
              <td>{f.forecast(p.forecastFinish)}</td>
              <td className="num">{f.n(p.doneFamilies)}</td>
              <td className="num">{f.n(p.assignedFamilies)}</td>
              <td className="num">{f.n(p.assignedSls)}</td>
              <td className="muted" translate="no">{teamOf(p)}</td>
              <td className={p.outsideAssignmentRecords > 0 ? 'num flag' : 'num'} data-testid="outside">{p.outsideAssignmentRecords > 0 ? f.n(p.outsideAssignmentRecords) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { calendarDay } from '@/i18n/config';
import { balanceDropoutMoves, receiversAfterMoves, type EditedMove } from '@/lib/reassignment/dropout-edit';
import type { DropoutProposal, DropoutRequest, PplMonitoring } from './api';
import { DropoutReceivers, RecruitAdvice } from './dropout-receivers';
import type { Notice } from './move-form';
import { useApplyDropout } from './use-reassignment';

/**
 * The proposed spread as an editable list (receiver and families per row; split a row, remove one), each SLS's
 * balance, every receiver's daily target after the moves, the recruitment advice, and one approval for all of it.
 */
export function DropoutSpread({ planId, districtCode, proposal, initialRows, request, receivers, maxDailyFamilies, onNotice, onClose }: {
  planId: number;
  districtCode: string;
  proposal: DropoutProposal;
  initialRows: EditedMove[];
  request: DropoutRequest;
  receivers: readonly PplMonitoring[];
  maxDailyFamilies: number;
  onNotice: (notice: Notice) => void;
  onClose: () => void;
}) {
  const t = useTranslations('monitoringPage');
  const [rows, setRows] = useState(initialRows);
  const [override, setOverride] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const apply = useApplyDropout(planId, districtCode);
  const balance = balanceDropoutMoves({ unfinished: proposal.unfinished, moves: rows });
  const after = receiversAfterMoves({ receivers, moves: rows, maxDailyFamilies });
  const balanced = balance.every((b) => b.unplaced === 0) && rows.every((r) => r.families === 0 || r.toSlotId !== null);
  const anyOver = after.some((r) => r.overMax);
  const edit = (i: number, change: Partial<EditedMove>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));

  const approve = () => {
    setProblem(null);
    if (!balanced) return setProblem(t('dropout.cannotApprove'));
    if (override && !request.note) return setProblem(t('move.needNote'));
    const moves = rows.filter((r): r is EditedMove & { toSlotId: number } => r.toSlotId !== null && r.families > 0);
    apply.mutate({ ...request, moves, versions: proposal.versions, override }, {
      onSuccess: (answer) => {
        onNotice({ kind: 'ok', text: t('dropout.applied', { ppl: proposal.label, date: calendarDay(answer.from), families: answer.moved }), slotIds: answer.ppl.map((p) => p.slotId) });
        onClose();
      },
      onError: (error) => setProblem(t('refused', { reason: error.message.replace(/\.$/, '') })),
    });
  };

  return (
    <div data-testid="dropout-spread">
      <h4>{t('dropout.spreadTitle')}</h4>
      <p className="muted mon-small">{t('dropout.spreadHint')}</p>
      {proposal.unfinished.length === 0 && <p className="muted">{t('dropout.nothingLeft')}</p>}
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="mon-table mon-edit" data-testid="dropout-moves">
            <thead><tr><th>{t('columns.sls')}</th><th className="num">{t('dropout.families')}</th><th>{t('dropout.receiver')}</th><th /></tr></thead>
            <tbody>
              {rows.map((r, i) => (
                <tr key={i} data-testid="dropout-move">
                  <td translate="no">{r.slsCode}</td>
                  <td className="num"><input type="number" min={0} step={1} className="mon-number" value={r.families} aria-label={t('dropout.families')} onChange={(e) => edit(i, { families: Math.max(0, Math.floor(Number(e.target.value) || 0)) })} /></td>
                  <td>
                    <select value={r.toSlotId ?? ''} aria-label={t('dropout.receiver')} onChange={(e) => edit(i, { toSlotId: e.target.value === '' ? null : Number(e.target.value) })} data-testid="dropout-receiver">
                      <option value="">{t('dropout.pickReceiver')}</option>
                      {receivers.map((p) => <option key={p.slotId} value={p.slotId}>{p.label} · {p.staffName ?? t('unnamed')} ({p.dailyTargetFamilies}/{maxDailyFamilies})</option>)}
                    </select>
                  </td>
                  <td className="mon-row-actions">
                    <button type="button" className="link-like" onClick={() => setRows([...rows.slice(0, i + 1), { slsCode: r.slsCode, toSlotId: null, families: 0 }, ...rows.slice(i + 1)])}>{t('dropout.split')}</button>
                    <button type="button" className="link-like" onClick={() => setRows(rows.filter((_, j) => j !== i))}>{t('dropout.remove')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul className="mon-balance" data-testid="dropout-balance">
        {balance.filter((b) => b.unplaced !== 0).map((b) => (
          <li key={b.slsCode} className="flag"><span translate="no">{b.slsCode}</span>: {b.unplaced > 0 ? t('dropout.unplaced', { count: b.unplaced }) : t('dropout.overPlaced', { count: -b.unplaced })}</li>
        ))}
      </ul>
      <DropoutReceivers after={after} receivers={receivers} />
      <RecruitAdvice recruit={proposal.recruit} />
      <label className={anyOver ? 'mon-inline mon-override attention' : 'mon-inline mon-override'}>
        <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} data-testid="dropout-override" /> {t('dropout.override')}
      </label>
      {problem && <p className="note" role="alert" data-testid="dropout-error">{problem}</p>}
      <div className="mon-actions">
        <button type="button" className="button" onClick={approve} disabled={apply.isPending} data-testid="dropout-approve">{apply.isPending ? t('dropout.approving') : t('dropout.approve')}</button>
      </div>
    </div>
  );
}

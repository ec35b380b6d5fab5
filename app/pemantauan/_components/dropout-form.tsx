'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { balanceDropoutMoves, type EditedMove } from '@/lib/reassignment/dropout-edit';
import { proposeDropout, type ApiError, type DropoutProposal, type DropoutRequest, type PplMonitoring } from './api';
import { DropoutSpread } from './dropout-spread';
import type { Notice } from './move-form';

const reasons = ['resigned', 'sick', 'other'] as const;

/** The rows the coordinator edits: the proposal's moves, and what it could not place as rows without a receiver. */
function rowsOf(proposal: DropoutProposal): EditedMove[] {
  const unplaced = balanceDropoutMoves({ unfinished: proposal.unfinished, moves: proposal.moves }).filter((b) => b.unplaced > 0);
  return [...proposal.moves, ...unplaced.map((b) => ({ slsCode: b.slsCode, toSlotId: null, families: b.unplaced }))].sort((a, b) => a.slsCode.localeCompare(b.slsCode));
}

/**
 * Marking a PPL inactive from a date: the reason and a note, then the app's proposal of how to spread their
 * unfinished work (DropoutSpread), which the coordinator edits and approves in one step.
 */
export function DropoutForm({ planId, districtCode, ppl, everyone, today, windowStart, maxDailyFamilies, onNotice, onClose }: {
  planId: number;
  districtCode: string;
  ppl: PplMonitoring;
  everyone: readonly PplMonitoring[];
  today: string;
  windowStart: string;
  maxDailyFamilies: number;
  onNotice: (notice: Notice) => void;
  onClose: () => void;
}) {
  const t = useTranslations('monitoringPage');
  const [dropout, setDropout] = useState<DropoutRequest>({ slotId: ppl.slotId, from: today, reason: 'resigned' });
  const [note, setNote] = useState('');
  const propose = useMutation<{ proposal: DropoutProposal }, ApiError, DropoutRequest>({ mutationFn: (d) => proposeDropout(planId, d) });
  const proposal = propose.data?.proposal;
  const request = { ...dropout, ...(note.trim() ? { note: note.trim() } : {}) };
  return (
    <div className="mon-move" data-testid="dropout-form">
      <h3>{t('dropout.title', { ppl: ppl.label })}</h3>
      <div className="mon-grid">
        <label className="mon-field">
          {t('dropout.from')}
          <input type="date" min={windowStart} max={today} value={dropout.from} onChange={(e) => setDropout({ ...dropout, from: e.target.value })} data-testid="dropout-from" />
        </label>
        <label className="mon-field">
          {t('dropout.reason')}
          <select value={dropout.reason} onChange={(e) => setDropout({ ...dropout, reason: e.target.value as DropoutRequest['reason'] })} data-testid="dropout-reason">
            {reasons.map((r) => <option key={r} value={r}>{t(`dropout.reasons.${r}`)}</option>)}
          </select>
        </label>
        <label className="mon-field">
          {t('dropout.note')}
          <input type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} data-testid="dropout-note" />
        </label>
      </div>
      <div className="mon-actions">
        <button type="button" className="button" onClick={() => propose.mutate(request)} disabled={propose.isPending} data-testid="dropout-propose">{propose.isPending ? t('dropout.proposing') : t('dropout.propose')}</button>
        <button type="button" className="link-like" onClick={onClose}>{t('move.cancel')}</button>
      </div>
      {propose.error && <p className="note" role="alert" data-testid="dropout-error">{propose.error.message}</p>}
      {proposal && (
        <DropoutSpread
          key={`${proposal.slotId}-${propose.submittedAt}`}
          planId={planId}
          districtCode={districtCode}
          proposal={proposal}
          initialRows={rowsOf(proposal)}
          request={request}
          receivers={everyone.filter((p) => p.slotId !== ppl.slotId && p.status !== 'inactive' && p.districtCode === ppl.districtCode)}
          maxDailyFamilies={maxDailyFamilies}
          onNotice={onNotice}
          onClose={onClose}
        />
      )}
    </div>
  );
}

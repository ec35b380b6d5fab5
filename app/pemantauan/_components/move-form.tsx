'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import type { ShareView } from '@/lib/reassignment/preview-move';
import { fetchSuggestions, type ApiError, type PplMonitoring } from './api';
import { SuggestionList } from './suggestion-list';
import { useMoveWork } from './use-reassignment';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
  /** the PPL it changed, marked in the list */
  slotIds?: number[];
}

/**
 * Moving one SLS of a PPL: the whole of what is left or some families, the ranked receivers with their new daily
 * targets, an override with a note past the maximum, then the move. The version sent is the one the coordinator saw
 * when the form opened: if someone moved the SLS since, the server answers 409 and the page says what is there now.
 */
export function MoveForm({ planId, districtCode, giver, share, maxDailyFamilies, onNotice, onClose }: {
  planId: number;
  districtCode: string;
  giver: PplMonitoring;
  share: ShareView;
  maxDailyFamilies: number;
  onNotice: (notice: Notice) => void;
  onClose: () => void;
}) {
  const t = useTranslations('monitoringPage');
  const [seen] = useState({ version: share.version, familiesLeft: share.familiesLeft });
  const [whole, setWhole] = useState(true);
  const [familiesText, setFamiliesText] = useState(String(Math.min(seen.familiesLeft, 10)));
  const [picked, setPicked] = useState<number | null>(null);
  const [override, setOverride] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const parsed = Number(familiesText);
  const familiesOk = whole || (Number.isInteger(parsed) && parsed >= 1 && parsed <= seen.familiesLeft);
  const families = whole ? undefined : parsed;
  const suggestions = useQuery({
    queryKey: ['suggestions', planId, share.slsCode, giver.slotId, families ?? 'all'],
    queryFn: () => fetchSuggestions(planId, { slsCode: share.slsCode, fromSlotId: giver.slotId, families }),
    enabled: familiesOk,
    staleTime: 0,
  });
  const list = suggestions.data?.suggestions ?? [];
  const receiver = list.find((s) => s.slotId === picked) ?? list[0] ?? null;
  const move = useMoveWork(planId, districtCode);
  const describe = useDescribeRefusal();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    root.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  const submit = () => {
    setProblem(null);
    if (!familiesOk) return setProblem(t('move.badFamilies', { max: seen.familiesLeft }));
    if (!receiver) return setProblem(t('move.chooseReceiver'));
    if (override && note.trim() === '') return setProblem(t('move.needNote'));
    const request = { slsCode: share.slsCode, fromSlotId: giver.slotId, toSlotId: receiver.slotId, version: seen.version, families, ...(override ? { override: true, note: note.trim() } : note.trim() ? { note: note.trim() } : {}) };
    move.mutate(request, {
      onSuccess: (answer) => {
        const values = { families: answer.families, sls: share.slsCode, from: answer.from.label, to: answer.to.label, target: answer.to.dailyTargetFamilies };
        onNotice({ kind: 'ok', text: t(answer.overridden ? 'movedOverride' : 'moved', values), slotIds: [answer.from.slotId, answer.to.slotId] });
        onClose();
      },
      onError: (error) => {
        if (error.status === 409 && error.body.code === 'stale_version') {
          onNotice({ kind: 'error', text: describe.stale(share.slsCode, error), slotIds: (error.body.rows ?? []).map((r) => r.slotId) });
          onClose();
        } else setProblem(describe.refusal(error, receiver.label));
      },
    });
  };

  return (
    <div className="mon-move" data-testid="move-form" ref={root}>
      <h3 translate="no">{t('move.title', { sls: share.slsCode })}</h3>
      <p className="muted">{t('move.from', { ppl: giver.label, left: seen.familiesLeft })}</p>
      <fieldset className="mon-fieldset">
        <label className="mon-inline"><input type="radio" name="amount" checked={whole} onChange={() => setWhole(true)} data-testid="move-whole" /> {t('move.whole', { count: seen.familiesLeft })}</label>
        <label className="mon-inline">
          <input type="radio" name="amount" checked={!whole} onChange={() => setWhole(false)} data-testid="move-some" /> {t('move.some')}
          <input type="number" min={1} max={seen.familiesLeft} step={1} value={familiesText} disabled={whole} aria-label={t('move.familiesLabel')} onChange={(e) => setFamiliesText(e.target.value)} className="mon-number" data-testid="move-families" />
        </label>
      </fieldset>
      <h4>{t('move.suggestions')}</h4>
      <p className="muted mon-small">{t('move.suggestionsHint')}</p>
      {suggestions.isPending && familiesOk ? <p className="muted">{t('move.loading')}</p> : list.length === 0 ? <p className="note">{t('move.none')}</p> : <SuggestionList suggestions={list} picked={receiver?.slotId ?? null} onPick={setPicked} maxDailyFamilies={maxDailyFamilies} />}
      {suggestions.error && <p className="note" role="alert">{suggestions.error.message}</p>}
      <label className={receiver?.overMax ? 'mon-inline mon-override attention' : 'mon-inline mon-override'}>
        <input type="checkbox" checked={override} onChange={(e) => setOverride(e.target.checked)} data-testid="move-override" /> {t('move.override')}
      </label>
      <label className="mon-field">
        {t('move.note')}
        <input type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} data-testid="move-note" />
      </label>
      {problem && <p className="note" role="alert" data-testid="move-error">{problem}</p>}
      <div className="mon-actions">
        <button type="button" className="button" onClick={submit} disabled={move.isPending || !receiver} data-testid="move-confirm">{move.isPending ? t('move.moving') : t('move.confirm')}</button>
        <button type="button" className="link-like" onClick={onClose}>{t('move.cancel')}</button>
      </div>
    </div>
  );
}

/** The words of a refused move: a stale version with what is there now, past the maximum with the numbers, else the server's reason. */
function useDescribeRefusal() {
  const t = useTranslations('monitoringPage');
  return {
    stale: (slsCode: string, error: ApiError) => {
      const rows = error.body.rows ?? [];
      const holders = rows.map((r) => t('staleHolder', { ppl: r.slotLabel, families: r.families, left: Math.max(0, r.families - r.doneFamilies) })).join('; ');
      return `${t('staleTitle', { sls: slsCode })} ${rows.length > 0 ? t('staleNow', { holders }) : t('staleNoneVisible')}`;
    },
    refusal: (error: ApiError, to: string) => {
      const { code, newFamiliesPerDay, maxDailyFamilies } = error.body;
      if (code === 'over_max_daily' && newFamiliesPerDay !== undefined && maxDailyFamilies !== undefined) return t('overMaxRefused', { to, perDay: newFamiliesPerDay, max: maxDailyFamilies });
      return t('refused', { reason: error.message.replace(/\.$/, '') });
    },
  };
}

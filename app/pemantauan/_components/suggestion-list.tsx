'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Suggestions } from './api';

const shownAtFirst = 6;

/** The ranked receivers as radio choices, each with their tier, spare capacity and daily target before and after. */
export function SuggestionList({ suggestions, picked, onPick, maxDailyFamilies }: { suggestions: Suggestions['suggestions']; picked: number | null; onPick: (slotId: number) => void; maxDailyFamilies: number }) {
  const t = useTranslations('monitoringPage');
  const [all, setAll] = useState(false);
  // The best few answer nearly every move; the whole kecamatan (a hundred PPL and more) only on request.
  const shown = all ? suggestions : suggestions.slice(0, shownAtFirst);
  return (
    <>
      <ol className="mon-suggestions" data-testid="suggestions">
        {shown.map((s) => (
          <li key={s.slotId} className={s.overMax ? 'over' : undefined}>
            <label data-testid="suggestion" data-slot-id={s.slotId} data-new-target={s.newFamiliesPerDay} data-over-max={s.overMax}>
              <input type="radio" name="receiver" checked={picked === s.slotId} onChange={() => onPick(s.slotId)} />
              <span className="mon-suggestion-body">
                <strong translate="no">{s.label}</strong> {s.staffName ? <span translate="no">{s.staffName}</span> : <span className="muted">{t('unnamed')}</span>}
                <span className="badge">{t(`move.tiers.${s.tier}`)}</span>
                <span className="mon-small muted">
                  {t('move.targetChange', { before: s.familiesPerDay, after: s.newFamiliesPerDay })} · {t('move.spare', { count: s.spareFamilies })} · {t('move.daysLeft', { count: s.workingDaysLeft })}
                </span>
                {s.overMax && <span className="flag mon-small">{t('move.overMax', { max: maxDailyFamilies })}</span>}
              </span>
            </label>
          </li>
        ))}
      </ol>
      {shown.length < suggestions.length && (
        <button type="button" className="link-like" onClick={() => setAll(true)} data-testid="suggestions-more">{t('move.more', { count: suggestions.length - shown.length })}</button>
      )}
    </>
  );
}

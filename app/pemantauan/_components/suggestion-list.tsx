'use client';

import { useTranslations } from 'next-intl';
import type { Suggestions } from './api';
import { useFigures } from './use-figures';

/** The ranked receivers as radio choices, each with their tier, spare capacity and daily target before and after. */
export function SuggestionList({ suggestions, picked, onPick, maxDailyFamilies }: { suggestions: Suggestions['suggestions']; picked: number | null; onPick: (slotId: number) => void; maxDailyFamilies: number }) {
  const t = useTranslations('monitoringPage');
  const f = useFigures();
  return (
    <ol className="mon-suggestions" data-testid="suggestions">
      {suggestions.map((s) => (
        <li key={s.slotId} className={s.overMax ? 'over' : undefined}>
          <label data-testid="suggestion" data-slot-id={s.slotId} data-new-target={s.newFamiliesPerDay} data-over-max={s.overMax}>
            <input type="radio" name="receiver" checked={picked === s.slotId} onChange={() => onPick(s.slotId)} />
            <span className="mon-suggestion-body">
              <strong translate="no">{s.label}</strong> {s.staffName ? <span translate="no">{s.staffName}</span> : <span className="muted">{t('unnamed')}</span>}
              <span className="badge">{t(`move.tiers.${s.tier}`)}</span>
              <span className="mon-small muted">
                {t('move.targetChange', { before: s.familiesPerDay, after: s.newFamiliesPerDay })} · {t('move.spare', { count: s.spareFamilies })} · {t('figures.daysLeft')} {f.n(s.workingDaysLeft)}
              </span>
              {s.overMax && <span className="flag mon-small">{t('move.overMax', { max: maxDailyFamilies })}</span>}
            </span>
          </label>
        </li>
      ))}
    </ol>
  );
}

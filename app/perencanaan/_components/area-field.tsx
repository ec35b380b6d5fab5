'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { areaOptionLabel, type AreaOption } from '@/lib/areas/area-choice';

/** The name part of what the box holds: "Kota Balikpapan (64.71)" asks for "Kota Balikpapan". */
const searchTerm = (text: string) => text.replace(/\s*\([\d.]*\)?\s*$/, '').trim();

async function fetchPlannable(term: string): Promise<AreaOption[]> {
  const response = await fetch(`/api/areas?purpose=plan&q=${encodeURIComponent(term)}`);
  if (!response.ok) return [];
  return ((await response.json()) as { areas: AreaOption[] }).areas;
}

/** The areas the viewer may plan whose name or code matches what the box holds (two characters on). */
export function useAreaOptions(text: string): AreaOption[] {
  const term = searchTerm(text);
  const { data } = useQuery({ queryKey: ['plannable-areas', term], queryFn: () => fetchPlannable(term), enabled: term.length >= 2, staleTime: 60_000 });
  return data ?? [];
}

/**
 * The plan's area by name with suggestions (a native combobox: an input with a datalist), or by code: typing "Balik"
 * offers "Kota Balikpapan (64.71)". The form reads the code back with resolveAreaChoice.
 */
export function AreaField({ value, onChange, options, invalid }: { value: string; onChange: (text: string) => void; options: readonly AreaOption[]; invalid: boolean }) {
  const t = useTranslations('pages.planForm');
  const id = useId();
  return (
    <label>
      {t('area')}
      <input name="areaCode" translate="no" value={value} onChange={(e) => onChange(e.target.value)} list={`${id}-areas`} autoComplete="off" required aria-invalid={invalid} aria-describedby={`${id}-hint`} data-testid="plan-area" />
      <datalist id={`${id}-areas`} data-testid="plan-area-options">
        {options.map((o) => <option key={o.code} value={areaOptionLabel(o)} />)}
      </datalist>
      <small className="muted" id={`${id}-hint`}>{t('areaHint')}</small>
    </label>
  );
}

'use client';

import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import type { AreaLevel } from '@/lib/areas/codes';

interface Suggestion {
  code: string;
  name: string;
  level: AreaLevel;
}

async function fetchSuggestions(query: string): Promise<Suggestion[]> {
  const response = await fetch(`/api/areas?q=${encodeURIComponent(query)}`);
  if (!response.ok) return [];
  return ((await response.json()) as { areas: Suggestion[] }).areas;
}

/** A search box that works as a plain GET form and shows live suggestions once JavaScript runs. */
export function AreaSearch({ initial }: { initial: string }) {
  const t = useTranslations();
  const [query, setQuery] = useState(initial);
  const [open, setOpen] = useState(false);
  const term = query.trim();
  const { data } = useQuery({ queryKey: ['area-search', term], queryFn: () => fetchSuggestions(term), enabled: term.length >= 2 });
  return (
    <form className="search" action="/wilayah" role="search" onBlur={() => setTimeout(() => setOpen(false), 150)}>
      <input
        name="q"
        value={query}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        autoComplete="off"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
      />
      <button type="submit">{t('search.button')}</button>
      {open && data && data.length > 0 && (
        <ul className="suggestions" data-testid="suggestions">
          {data.map((a) => (
            <li key={a.code}>
              <Link href={`/wilayah/${a.code}`}>
                <span translate="no">{a.name}</span> <span className="muted">· {t(`levels.${a.level}`)} · {a.code}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { Trip } from '@/lib/charters/pooling/types';
import { TripRoutes } from './trip-routes';

/** Trips on a day: those out of the base on it, leaving and coming back included. */
const onDate = (trip: Trip, date: string) => trip.departDate <= date && date <= trip.returnDate;

/** The trip routes with filters by kecamatan, mode and date, and how many of them show. */
export function TripFilter({ trips, villageNames, districtNames }: { trips: Trip[]; villageNames: Record<string, string>; districtNames: Record<string, string> }) {
  const t = useTranslations();
  const [district, setDistrict] = useState('');
  const [mode, setMode] = useState('');
  const [date, setDate] = useState('');
  const districts = [...new Set(trips.map((trip) => trip.districtCode))].sort();
  const modes = [...new Set(trips.map((trip) => trip.mode))].sort();
  const dates = trips.map((trip) => trip.departDate).sort();
  const shown = trips.filter((trip) => (!district || trip.districtCode === district) && (!mode || trip.mode === mode) && (!date || onDate(trip, date)));
  return (
    <>
      <div className="filters" data-testid="trip-filters">
        <label>{t('planPage.filterDistrict')}
          <select value={district} onChange={(e) => setDistrict(e.target.value)} data-testid="trip-filter-district">
            <option value="">{t('planPage.filterAll')}</option>
            {districts.map((code) => <option key={code} value={code} translate="no">{districtNames[code] ?? code} ({code})</option>)}
          </select>
        </label>
        <label>{t('planPage.filterMode')}
          <select value={mode} onChange={(e) => setMode(e.target.value)} data-testid="trip-filter-mode">
            <option value="">{t('planPage.filterAll')}</option>
            {modes.map((m) => <option key={m} value={m}>{t(`access.${m}`)}</option>)}
          </select>
        </label>
        <label>{t('planPage.filterDate')}
          <input type="date" value={date} min={dates[0]} max={trips.reduce((max, trip) => (trip.returnDate > max ? trip.returnDate : max), dates[0] ?? '')} onChange={(e) => setDate(e.target.value)} data-testid="trip-filter-date" />
        </label>
        <span className="muted" data-testid="trip-filter-count">{t('planPage.filterShown', { shown: shown.length, total: trips.length })}</span>
      </div>
      {shown.length === 0 ? <p className="muted">{t('planPage.filterNone')}</p> : <div className="long-list"><TripRoutes trips={shown} names={new Map(Object.entries(villageNames))} /></div>}
      <details className="columns">
        <summary>{t('planPage.columnsExplained')}</summary>
        <ul>{(['route', 'dates', 'seats', 'cost'] as const).map((k) => <li key={k}>{t(`planPage.tripColumns.${k}`)}</li>)}</ul>
      </details>
    </>
  );
}

'use client';

import { useMutation } from '@tanstack/react-query';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { weekdayDate } from '@/i18n/config';
import type { OperationParams } from '@/lib/operations/params';
import { TerrainFields } from './terrain-fields';

interface ApiError {
  error: string;
  details?: { path: string; message: string }[];
}

/** The fields of the form by the rule they set (their labels are `fields.<rule>`). */
const numberFields = ['minDailyFamilies', 'maxDailyFamilies', 'reserveDays', 'pplPerPml'] as const;
const advancedFields = [
  'kosekaSplitPpl', 'supervisionEveryDays', 'honorPplRupiah', 'honorPmlRupiah', 'honorKosekaRupiah', 'boatLegRupiah', 'planeSortieRupiah',
  'maxStopsPerTrip', 'extraStopRupiah', 'interVillageTravelDays',
] as const;
const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;

function readParams(form: FormData, defaults: OperationParams) {
  const params: Record<string, unknown> = {
    windowStart: form.get('windowStart'),
    windowEnd: form.get('windowEnd'),
    restWeekdays: form.getAll('restWeekdays').map(Number),
    holidays: String(form.get('holidays') ?? '').split(',').map((d) => d.trim()).filter(Boolean),
    charterPooling: form.get('charterPooling') === 'on',
  };
  for (const key of [...numberFields, ...advancedFields]) {
    const raw = String(form.get(key) ?? '').trim();
    params[key] = raw === '' ? defaults[key] : Number(raw);
  }
  params.terrainEstimate = form.get('terrainEstimate') === 'on';
  const classes = form.getAll('terrainClass');
  params.terrainClasses = Object.fromEntries(form.getAll('terrainCode').map((code, k) => [String(code).trim(), classes[k]]).filter(([code]) => code !== ''));
  return params;
}

async function postPlan({ body, lang }: { body: unknown; lang: string }): Promise<{ id: number }> {
  // The API words its refusals in the page's language (it reads the language cookie, else this header).
  const response = await fetch('/api/plans', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify(body) });
  const json = (await response.json()) as { plan?: { id: number } } & ApiError;
  if (!response.ok || !json.plan) throw Object.assign(new Error(json.error), { details: json.details });
  return json.plan;
}

/** The scenario form: area, name, strategy and every planning rule, prefilled with the operation's values. */
export function PlanForm({ defaults, defaultArea }: { defaults: OperationParams; defaultArea: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const lang = useLocale();
  const router = useRouter();
  const [showAdvanced, setShowAdvanced] = useState(false);
  const mutation = useMutation({ mutationFn: postPlan, onSuccess: (plan) => router.push(`/perencanaan/${plan.id}`) });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({ lang, body: { areaCode: form.get('areaCode'), name: form.get('name'), strategy: form.get('strategy'), params: readParams(form, defaults) } });
  };
  const error = mutation.error as (Error & { details?: ApiError['details'] }) | null;
  return (
    <form className="plan-form card" onSubmit={onSubmit} data-testid="plan-form">
      <h2>{t('planning.newPlan')}</h2>
      <div className="grid">
        <label>{t('fields.areaCode')}<input name="areaCode" defaultValue={defaultArea} required /><small className="muted">{t('planning.areaHint')}</small></label>
        <label>{t('fields.scenario_name')}<input name="name" defaultValue={t('planning.defaultName')} required maxLength={80} /></label>
        <label>{t('fields.strategy')}
          <select name="strategy" defaultValue="standard">
            <option value="standard">{t('strategies.standardHint')}</option>
            <option value="lean">{t('strategies.leanHint')}</option>
          </select>
        </label>
        <label>{t('fields.windowStart')}<input type="date" name="windowStart" defaultValue={defaults.windowStart} required /></label>
        <label>{t('fields.windowEnd')}<input type="date" name="windowEnd" defaultValue={defaults.windowEnd} required /></label>
        {numberFields.map((key) => (
          <label key={key}>{t(`fields.${key}`)}<input type="number" name={key} defaultValue={defaults[key]} min={0} /></label>
        ))}
        <label className="inline"><input type="checkbox" name="charterPooling" defaultChecked={defaults.charterPooling} /> {t('fields.charterPooling')}</label>
      </div>
      <TerrainFields estimate={defaults.terrainEstimate} classes={defaults.terrainClasses} />
      <button type="button" className="link-like" onClick={() => setShowAdvanced((v) => !v)} aria-expanded={showAdvanced}>{t('planning.advanced')} {showAdvanced ? '▲' : '▼'}</button>
      <div className="grid" hidden={!showAdvanced}>
        <fieldset>
          <legend>{t('fields.restWeekdays')}</legend>
          {weekdays.map((day) => (
            <label key={day} className="inline">
              <input type="checkbox" name="restWeekdays" value={day} defaultChecked={defaults.restWeekdays.includes(day)} /> {format.dateTime(weekdayDate(day), 'weekdayLong')}
            </label>
          ))}
        </fieldset>
        <label>{t('fields.holidays')}<input name="holidays" defaultValue={defaults.holidays.join(', ')} /></label>
        {advancedFields.map((key) => (
          <label key={key}>{t(`fields.${key}`)}<input type="number" name={key} defaultValue={defaults[key] ?? ''} min={0} /></label>
        ))}
      </div>
      {error && (
        <div className="note" role="alert" data-testid="plan-error">
          {error.message}
          {error.details && error.details.length > 1 && <ul>{error.details.map((d) => <li key={d.path + d.message}>{d.message}</li>)}</ul>}
        </div>
      )}
      <button type="submit" className="button" disabled={mutation.isPending}>{mutation.isPending ? t('planning.saving') : t('planning.submit')}</button>
    </form>
  );
}

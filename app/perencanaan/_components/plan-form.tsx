'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import type { Messages } from '@/lib/i18n/messages';
import type { OperationParams } from '@/lib/operations/params';

type Labels = Messages['planning'] & { weekdays: string[] };

interface ApiError {
  error: string;
  details?: { path: string; message: string }[];
}

const numberFields = [
  ['minDailyFamilies', 'minDaily'],
  ['maxDailyFamilies', 'maxDaily'],
  ['reserveDays', 'reserveDays'],
  ['pplPerPml', 'pplPerPml'],
] as const;

const advancedFields = [
  ['kosekaSplitPpl', 'kosekaSplit'],
  ['supervisionEveryDays', 'supervisionEvery'],
  ['honorPplRupiah', 'honorPpl'],
  ['honorPmlRupiah', 'honorPml'],
  ['honorKosekaRupiah', 'honorKoseka'],
  ['boatLegRupiah', 'boatLeg'],
  ['planeSortieRupiah', 'planeSortie'],
] as const;

function readParams(form: FormData, defaults: OperationParams) {
  const params: Record<string, unknown> = {
    windowStart: form.get('windowStart'),
    windowEnd: form.get('windowEnd'),
    restWeekdays: form.getAll('restWeekdays').map(Number),
    holidays: String(form.get('holidays') ?? '').split(',').map((d) => d.trim()).filter(Boolean),
  };
  for (const [key] of [...numberFields, ...advancedFields]) {
    const raw = String(form.get(key) ?? '').trim();
    params[key] = raw === '' ? defaults[key] : Number(raw);
  }
  return params;
}

async function postPlan(body: unknown): Promise<{ id: number }> {
  const response = await fetch('/api/plans', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as { plan?: { id: number } } & ApiError;
  if (!response.ok || !json.plan) throw Object.assign(new Error(json.error), { details: json.details });
  return json.plan;
}

/** The scenario form: area, name, strategy and every planning rule, prefilled with the operation's values. */
export function PlanForm({ defaults, labels, defaultArea }: { defaults: OperationParams; labels: Labels; defaultArea: string }) {
  const router = useRouter();
  const [showAdvanced, setShowAdvanced] = useState(false);
  const mutation = useMutation({ mutationFn: postPlan, onSuccess: (plan) => router.push(`/perencanaan/${plan.id}`) });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    mutation.mutate({ areaCode: form.get('areaCode'), name: form.get('name'), strategy: form.get('strategy'), params: readParams(form, defaults) });
  };
  const error = mutation.error as (Error & { details?: ApiError['details'] }) | null;
  return (
    <form className="plan-form card" onSubmit={onSubmit} data-testid="plan-form">
      <h2>{labels.newPlan}</h2>
      <div className="grid">
        <label>{labels.area}<input name="areaCode" defaultValue={defaultArea} required /><small className="muted">{labels.areaHint}</small></label>
        <label>{labels.name}<input name="name" defaultValue="Skenario dasar" required maxLength={80} /></label>
        <label>{labels.strategy}
          <select name="strategy" defaultValue="standard"><option value="standard">{labels.standard}</option><option value="lean">{labels.lean}</option></select>
        </label>
        <label>{labels.windowStart}<input type="date" name="windowStart" defaultValue={defaults.windowStart} required /></label>
        <label>{labels.windowEnd}<input type="date" name="windowEnd" defaultValue={defaults.windowEnd} required /></label>
        {numberFields.map(([key, label]) => (
          <label key={key}>{labels[label]}<input type="number" name={key} defaultValue={defaults[key]} min={0} /></label>
        ))}
      </div>
      <button type="button" className="link-like" onClick={() => setShowAdvanced((v) => !v)}>{labels.advanced} {showAdvanced ? '▲' : '▼'}</button>
      <div className="grid" hidden={!showAdvanced}>
        <fieldset>
          <legend>{labels.restWeekdays}</legend>
          {labels.weekdays.map((day, i) => (
            <label key={day} className="inline"><input type="checkbox" name="restWeekdays" value={i} defaultChecked={defaults.restWeekdays.includes(i)} /> {day}</label>
          ))}
        </fieldset>
        <label>{labels.holidays}<input name="holidays" defaultValue={defaults.holidays.join(', ')} /></label>
        {advancedFields.map(([key, label]) => (
          <label key={key}>{labels[label]}<input type="number" name={key} defaultValue={defaults[key]} min={0} /></label>
        ))}
      </div>
      {error && (
        <div className="note" role="alert" data-testid="plan-error">
          {error.message}
          {error.details && error.details.length > 1 && <ul>{error.details.map((d) => <li key={d.path + d.message}>{d.path}: {d.message}</li>)}</ul>}
        </div>
      )}
      <button type="submit" className="button" disabled={mutation.isPending}>{mutation.isPending ? labels.saving : labels.submit}</button>
    </form>
  );
}

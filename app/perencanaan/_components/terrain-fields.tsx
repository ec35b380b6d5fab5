'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { classNormShare } from '@/lib/planning/terrain/norms';
import { terrainClasses, type TerrainClass } from '@/lib/planning/terrain/types';

interface Row {
  key: number;
  code: string;
  terrainClass: TerrainClass;
}

/** The plan's terrain rules: the estimate switch and the classes the office sets by kecamatan or village. */
export function TerrainFields({ estimate, classes }: { estimate: boolean; classes: Readonly<Record<string, TerrainClass>> }) {
  const t = useTranslations('terrain');
  const [rows, setRows] = useState<Row[]>(() => Object.entries(classes).map(([code, terrainClass], key) => ({ key, code, terrainClass })));
  const shares = { hilly: classNormShare.hilly, remote: classNormShare.remote };
  const add = () => setRows((list) => [...list, { key: Math.max(0, ...list.map((r) => r.key + 1)), code: '', terrainClass: 'hilly' }]);
  const remove = (key: number) => setRows((list) => list.filter((r) => r.key !== key));
  return (
    <fieldset className="terrain" data-testid="terrain-fields">
      <legend>{t('legend')}</legend>
      <label className="inline"><input type="checkbox" name="terrainEstimate" defaultChecked={estimate} /> {t('estimate')}</label>
      <small className="muted">{t('estimateHint', shares)}</small>
      <p className="label">{t('classesLabel')}</p>
      {rows.map((row) => (
        <div key={row.key} className="terrain-row">
          <input name="terrainCode" aria-label={t('code')} placeholder="64.71.01" defaultValue={row.code} />
          <select name="terrainClass" aria-label={t('class')} defaultValue={row.terrainClass}>
            {terrainClasses.map((c) => <option key={c} value={c}>{t(`classes.${c}`)}</option>)}
          </select>
          <button type="button" className="link-like" onClick={() => remove(row.key)}>{t('remove')}</button>
        </div>
      ))}
      <button type="button" className="link-like" onClick={add} data-testid="terrain-add">{t('add')}</button>
      <small className="muted">{t('classesHint', shares)}</small>
    </fieldset>
  );
}

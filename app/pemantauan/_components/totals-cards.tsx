'use client';

import { useTranslations } from 'next-intl';
import type { Monitoring } from './api';
import { StatusBadge } from './status-badge';
import { useFigures } from './use-figures';

type Group = Monitoring['kecamatan'][number];

/** A kecamatan's (or, for a PML, their team's) totals with the same figures as a PPL row. */
export function TotalsCards({ group, title }: { group: Group; title: string }) {
  const t = useTranslations('monitoringPage');
  const f = useFigures();
  const c = group.statusCounts;
  return (
    <section aria-label={title} data-testid="totals">
      <h2>{title}</h2>
      <p className="muted">
        {t('pplCount', { count: group.pplCount })} · {t('statusCounts', { behind: c.behind, onTrack: c.on_track, done: c.done, inactive: c.inactive })}
      </p>
      <div className="cards mon-cards">
        <div className="card"><div className="label">{t('figures.families')}</div><div className="value">{f.n(group.assignedFamilies)}</div><div className="label">{t('columns.sls')} {f.n(group.assignedSls)}</div></div>
        <div className="card"><div className="label">{t('figures.done')}</div><div className="value" data-testid="total-done">{f.n(group.doneFamilies)}</div></div>
        <div className="card"><div className="label">{t('figures.remaining')}</div><div className="value">{f.n(group.remainingFamilies)}</div></div>
        <div className="card"><div className="label">{t('figures.pace')}</div><div className="value">{f.one(group.pace)}</div></div>
        <div className="card"><div className="label">{t('figures.target')}</div><div className="value">{f.one(group.dailyTargetFamilies)}</div></div>
        <div className="card"><div className="label">{t('figures.forecast')}</div><div className="value small">{f.forecast(group.forecastFinish)}</div><div className="label"><StatusBadge status={group.status} /></div></div>
      </div>
      {group.outsideAssignmentRecords > 0 && <p className="flag">{t('outsideFlag', { count: group.outsideAssignmentRecords })}</p>}
    </section>
  );
}

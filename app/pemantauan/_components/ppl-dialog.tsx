'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ShareView } from '@/lib/reassignment/preview-move';
import type { Monitoring, PplMonitoring } from './api';
import { Dialog } from './dialog';
import { DropoutForm } from './dropout-form';
import { MoveForm, type Notice } from './move-form';
import { PplProgressChart } from './progress-charts';
import { SlsList } from './sls-list';
import { StatusBadge } from './status-badge';
import { useFigures } from './use-figures';

/** One PPL opened from the list: their figures and chart, their SLS with a move for each, and the dropout. */
export function PplDialog({ ppl, monitoring, planId, districtCode, windowStart, onNotice, onClose }: {
  ppl: PplMonitoring;
  monitoring: Monitoring;
  planId: number;
  districtCode: string;
  windowStart: string;
  onNotice: (notice: Notice) => void;
  onClose: () => void;
}) {
  const t = useTranslations('monitoringPage');
  const f = useFigures();
  const [moving, setMoving] = useState<ShareView | null>(null);
  const [droppingOut, setDroppingOut] = useState(false);
  const title = <><span translate="no">{ppl.label}</span> {ppl.staffName && <span className="muted" translate="no">{ppl.staffName}</span>} <StatusBadge status={ppl.status} /></>;
  return (
    <Dialog title={title} onClose={onClose} testId="ppl-dialog">
      <dl className="mon-figures">
        <div><dt>{t('figures.families')}</dt><dd>{f.n(ppl.assignedFamilies)}</dd></div>
        <div><dt>{t('figures.done')}</dt><dd>{f.n(ppl.doneFamilies)}</dd></div>
        <div><dt>{t('figures.remaining')}</dt><dd data-testid="dialog-remaining">{f.n(ppl.remainingFamilies)}</dd></div>
        <div><dt>{t('figures.pace')}</dt><dd>{f.one(ppl.pace)}</dd></div>
        <div><dt>{t('figures.target')}</dt><dd data-testid="dialog-target">{f.one(ppl.dailyTargetFamilies)}</dd></div>
        <div><dt>{t('figures.forecast')}</dt><dd>{f.forecast(ppl.forecastFinish)}</dd></div>
        <div><dt>{t('figures.daysLeft')}</dt><dd>{f.n(ppl.workingDaysLeft)}</dd></div>
      </dl>
      {ppl.outsideAssignmentRecords > 0 && <p className="flag">{t('outsideFlag', { count: ppl.outsideAssignmentRecords })}</p>}
      <PplProgressChart ppl={ppl} asOf={monitoring.asOf} height={200} />
      <h3>{t('sls.title')}</h3>
      {/* The share as it was when opened: an optimistic move may remove it from the list, never the form under way. */}
      {moving && <MoveForm key={moving.slsCode} planId={planId} districtCode={districtCode} giver={ppl} share={moving} maxDailyFamilies={monitoring.maxDailyFamilies} onNotice={onNotice} onClose={() => setMoving(null)} />}
      <SlsList ppl={ppl} moving={moving?.slsCode ?? null} onMove={(share) => { setDroppingOut(false); setMoving(share); }} />
      <div className="mon-actions">
        {ppl.status !== 'inactive' && !droppingOut && (
          <button type="button" className="button mon-secondary" onClick={() => { setMoving(null); setDroppingOut(true); }} data-testid="dropout-open">{t('dropout.open')}</button>
        )}
        <a href={`/pemantauan/log?ppl=${ppl.slotId}`}>{t('log')}</a>
      </div>
      {droppingOut && (
        <DropoutForm
          planId={planId}
          districtCode={districtCode}
          ppl={ppl}
          everyone={monitoring.ppl}
          today={monitoring.asOf}
          windowStart={windowStart}
          maxDailyFamilies={monitoring.maxDailyFamilies}
          onNotice={onNotice}
          onClose={() => setDroppingOut(false)}
        />
      )}
    </Dialog>
  );
}

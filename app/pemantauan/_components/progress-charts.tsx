'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PplMonitoring } from './api';
import { StatusBadge } from './status-badge';
import { useFigures } from './use-figures';

/** The colour of a PPL's actual line by status: as the status pills. */
export const statusColour: Record<PplMonitoring['status'], string> = { on_track: '#0b6e4f', behind: '#b42318', done: '#3538cd', inactive: '#667085' };
const plannedColour = '#98a2b3';
const tilesAtOnce = 24;

/** One PPL's cumulative families done against their plan, with today marked. */
export function PplProgressChart({ ppl, asOf, height = 260 }: { ppl: Pick<PplMonitoring, 'daily' | 'status'>; asOf: string; height?: number }) {
  const t = useTranslations('monitoringPage');
  const f = useFigures();
  const tick = (d: unknown) => (typeof d === 'string' ? f.day(d) : String(d));
  return (
    <div className="chart" style={{ height }} data-testid="ppl-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={ppl.daily} margin={{ left: 0, right: 12, top: 8, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={tick} fontSize={11} minTickGap={24} />
          <YAxis fontSize={11} width={40} allowDecimals={false} />
          <Tooltip labelFormatter={tick} formatter={(v) => f.n(Number(v))} />
          <Legend verticalAlign="top" height={24} />
          <Line type="monotone" dataKey="planned" name={t('planned')} stroke={plannedColour} strokeDasharray="5 4" dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="actual" name={t('actual')} stroke={statusColour[ppl.status]} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
          <ReferenceLine x={asOf} stroke="#d97706" strokeDasharray="3 3" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/**
 * Small multiples: one tile per PPL (most urgent first), the same scale inside each tile only, so twenty or two
 * hundred PPL stay legible; a tile opens its PPL. The first 24 show, the rest on request.
 */
export function SmallMultiples({ ppl, onOpen }: { ppl: readonly PplMonitoring[]; onOpen: (slotId: number) => void }) {
  const t = useTranslations('monitoringPage');
  const [shown, setShown] = useState(tilesAtOnce);
  return (
    <>
      <div className="mon-tiles" data-testid="small-multiples">
        {ppl.slice(0, shown).map((p) => (
          <button type="button" key={p.slotId} className="mon-tile" onClick={() => onOpen(p.slotId)} data-testid="ppl-tile" data-slot-id={p.slotId}>
            <span className="mon-tile-head"><span translate="no">{p.label.replace(/^PPL [\d.]+-/, 'PPL ')}</span><StatusBadge status={p.status} /></span>
            <span className="mon-tile-chart" aria-hidden="true">
              <ResponsiveContainer width="100%" height={56}>
                <LineChart data={p.daily} margin={{ left: 2, right: 2, top: 4, bottom: 2 }}>
                  <Line type="monotone" dataKey="planned" stroke={plannedColour} strokeDasharray="4 3" dot={false} isAnimationActive={false} />
                  <Line type="monotone" dataKey="actual" stroke={statusColour[p.status]} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </span>
          </button>
        ))}
      </div>
      {ppl.length > shown && (
        <button type="button" className="button mon-more" onClick={() => setShown((n) => n + tilesAtOnce * 4)}>
          {t('showMore', { count: Math.min(ppl.length - shown, tilesAtOnce * 4) })}
        </button>
      )}
    </>
  );
}

'use client';

import { Line, LineChart, ResponsiveContainer, YAxis } from 'recharts';

/** A small burn-up: cumulative planned (dashed) against actual families, without axes; `label` names it for readers. */
export function CoverageSparkline({ daily, label }: { daily: { date: string; planned: number; actual: number | null }[]; label: string }) {
  return (
    <div style={{ height: 64 }} role="img" aria-label={label} data-testid="coverage-sparkline">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={daily} margin={{ left: 2, right: 2, top: 4, bottom: 2 }}>
          <YAxis hide domain={[0, 'dataMax']} />
          <Line type="monotone" dataKey="planned" stroke="#7fb8a4" strokeDasharray="4 3" dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="actual" stroke="#0b6e4f" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, LineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { calendarDay } from '@/i18n/config';

export interface DailyPoint {
  date: string;
  planned: number;
  actual: number | null;
}

function useDay() {
  const format = useFormatter();
  return (d: unknown) => (typeof d === 'string' ? format.dateTime(calendarDay(d), 'day') : String(d));
}

/** Cumulative planned against actual families; the planned end, the reserve days after it and the window's end marked. */
export function BurnUpChart({ daily, plannedEnd, windowEnd }: { daily: DailyPoint[]; plannedEnd: string | null; windowEnd: string }) {
  const t = useTranslations('coveragePage');
  const format = useFormatter();
  const day = useDay();
  return (
    <div className="chart" style={{ height: 300 }} data-testid="burn-up-chart">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={daily} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={day} fontSize={11} minTickGap={24} />
          <YAxis tickFormatter={(v: number) => format.number(v, { notation: 'compact' })} fontSize={11} width={48} />
          <Tooltip labelFormatter={day} formatter={(v) => format.number(Number(v))} />
          <Legend verticalAlign="top" />
          <Line type="monotone" dataKey="planned" name={t('planned')} stroke="#7fb8a4" strokeDasharray="5 4" dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="actual" name={t('actual')} stroke="#0b6e4f" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
          {plannedEnd && plannedEnd < windowEnd && <ReferenceArea x1={plannedEnd} x2={windowEnd} fill="#c7d0d9" fillOpacity={0.35} label={{ value: t('reserve'), position: 'center', fontSize: 11 }} />}
          {plannedEnd && <ReferenceLine x={plannedEnd} stroke="#d97706" strokeDasharray="3 3" label={{ value: t('plannedEndShort'), position: 'insideTopRight', fontSize: 11 }} />}
          <ReferenceLine x={windowEnd} stroke="#b42318" label={{ value: t('windowEnd'), position: 'insideBottomRight', fontSize: 11 }} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Families done each day (the step of the cumulative curve) against the day's planned minimum. */
export function DailyPaceChart({ daily }: { daily: DailyPoint[] }) {
  const t = useTranslations('coveragePage');
  const format = useFormatter();
  const day = useDay();
  const data = daily.map((d, i) => {
    const before = i > 0 ? daily[i - 1]! : null;
    return {
      date: d.date,
      actual: d.actual === null ? null : d.actual - (before?.actual ?? 0),
      minimum: d.planned - (before?.planned ?? 0),
    };
  });
  return (
    <div className="chart" style={{ height: 260 }} data-testid="daily-pace-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={day} fontSize={11} minTickGap={24} />
          <YAxis tickFormatter={(v: number) => format.number(v, { notation: 'compact' })} fontSize={11} width={48} />
          <Tooltip labelFormatter={day} formatter={(v) => format.number(Number(v))} />
          <Legend verticalAlign="top" />
          <Bar dataKey="actual" name={t('actual')} fill="#0b6e4f" isAnimationActive={false} />
          <Line type="stepAfter" dataKey="minimum" name={t('dailyMinimum')} stroke="#d97706" dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}

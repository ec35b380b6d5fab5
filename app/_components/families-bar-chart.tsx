'use client';

import { useFormatter } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface FamiliesBar {
  name: string;
  road: number;
  remote: number;
}

/** Stacked bars of family targets: reached by road vs. by boat or plane. */
export function FamiliesBarChart({ data, labels }: { data: FamiliesBar[]; labels: { road: string; remote: string } }) {
  const format = useFormatter();
  const number = (v: number) => format.number(v);
  return (
    <div className="chart" style={{ height: 320 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ left: 48, right: 8, top: 8, bottom: 56 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" angle={-25} textAnchor="end" interval={0} fontSize={12} />
          <YAxis tickFormatter={number} fontSize={12} />
          <Tooltip formatter={(v) => number(Number(v))} />
          <Bar dataKey="road" name={labels.road} stackId="f" fill="#0b6e4f" />
          <Bar dataKey="remote" name={labels.remote} stackId="f" fill="#d97706" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

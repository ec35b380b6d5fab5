'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface DistrictBar {
  name: string;
  ppl: number;
  ideal: number;
  floor: number;
}

/** Planned PPL per kecamatan beside the ideal and the hard floor. */
export function DistrictChart({ data }: { data: DistrictBar[] }) {
  const t = useTranslations('plan');
  return (
    <div className="chart" style={{ height: 300 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ left: 8, right: 8, top: 8, bottom: 56 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" angle={-30} textAnchor="end" interval={0} fontSize={11} />
          <YAxis fontSize={12} />
          <Tooltip />
          <Legend verticalAlign="top" />
          <Bar dataKey="ppl" name={t('ppl')} fill="#0b6e4f" />
          <Bar dataKey="ideal" name={t('ideal')} fill="#7fb8a4" />
          <Bar dataKey="floor" name={t('floor')} fill="#c7d0d9" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

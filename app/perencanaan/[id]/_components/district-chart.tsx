'use client';

import { useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface DistrictBar {
  name: string;
  ppl: number;
  ideal: number;
  floor: number;
}

/** Above this many kecamatan the bars lie down, one row each, so every name stays readable (a province has 55+). */
const uprightMost = 20;
/** Pixels of chart a kecamatan gets when the bars lie down: three bars and its name. */
const rowHeight = 30;

/** Planned PPL per kecamatan beside the ideal and the hard floor; past 20 kecamatan, a row each. */
export function DistrictChart({ data }: { data: DistrictBar[] }) {
  const t = useTranslations('plan');
  const lying = data.length > uprightMost;
  return (
    <div className="chart" style={{ height: lying ? data.length * rowHeight + 60 : 300 }} data-testid="district-chart" data-layout={lying ? 'rows' : 'columns'}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout={lying ? 'vertical' : 'horizontal'} margin={lying ? { left: 8, right: 16, top: 8, bottom: 8 } : { left: 8, right: 8, top: 8, bottom: 56 }} barCategoryGap={lying ? 4 : undefined}>
          <CartesianGrid strokeDasharray="3 3" vertical={lying} horizontal={!lying} />
          {lying ? <XAxis type="number" fontSize={12} orientation="top" /> : <XAxis dataKey="name" angle={-30} textAnchor="end" interval={0} fontSize={11} />}
          {lying ? <YAxis type="category" dataKey="name" width={130} interval={0} fontSize={12} /> : <YAxis fontSize={12} />}
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

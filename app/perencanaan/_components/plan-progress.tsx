'use client';

import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

interface PlanStatus {
  status: 'draft' | 'saving' | 'saved' | 'failed';
  progressDone: number;
  progressTotal: number;
}

/** Polls a saving plan and refreshes the page once it is saved. */
export function PlanProgress({ planId }: { planId: number }) {
  const t = useTranslations('plan');
  const format = useFormatter();
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ['plan-status', planId],
    queryFn: async (): Promise<PlanStatus> => ((await (await fetch(`/api/plans/${planId}`)).json()) as { plan: PlanStatus }).plan,
    refetchInterval: (query) => (query.state.data?.status === 'saving' || !query.state.data ? 700 : false),
  });
  useEffect(() => {
    if (data?.status === 'saved') router.refresh();
  }, [data?.status, router]);
  if (data?.status === 'failed') return <p className="note" role="alert">{t('failed')}</p>;
  const share = data && data.progressTotal > 0 ? data.progressDone / data.progressTotal : 0;
  const pct = Math.round(share * 100);
  return (
    <div className="card" data-testid="plan-progress">
      <p>{t('progress', { percent: Math.round(share * 100) / 100, done: data?.progressDone ?? 0, total: data ? format.number(data.progressTotal) : t('progressUnknown') })}</p>
      <div className="progress" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}><div style={{ width: `${pct}%` }} /></div>
    </div>
  );
}

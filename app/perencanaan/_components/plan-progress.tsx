'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

interface PlanStatus {
  status: 'draft' | 'saving' | 'saved' | 'failed';
  progressDone: number;
  progressTotal: number;
}

/** Polls a saving plan and refreshes the page once it is saved. */
export function PlanProgress({ planId, labels }: { planId: number; labels: { progress: string; failed: string } }) {
  const router = useRouter();
  const { data } = useQuery({
    queryKey: ['plan-status', planId],
    queryFn: async (): Promise<PlanStatus> => ((await (await fetch(`/api/plans/${planId}`)).json()) as { plan: PlanStatus }).plan,
    refetchInterval: (query) => (query.state.data?.status === 'saving' || !query.state.data ? 700 : false),
  });
  useEffect(() => {
    if (data?.status === 'saved') router.refresh();
  }, [data?.status, router]);
  if (data?.status === 'failed') return <p className="note" role="alert">{labels.failed}</p>;
  const pct = data && data.progressTotal > 0 ? Math.round((data.progressDone / data.progressTotal) * 100) : 0;
  return (
    <div className="card" data-testid="plan-progress">
      <p>{labels.progress}: {pct}% ({data?.progressDone ?? 0}/{data?.progressTotal ?? '…'})</p>
      <div className="progress" role="progressbar" aria-valuenow={pct} aria-valuemin={0} aria-valuemax={100}><div style={{ width: `${pct}%` }} /></div>
    </div>
  );
}

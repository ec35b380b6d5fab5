'use client';

import { useMutation } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';

interface FillResult {
  filled: number;
  toRecruit: { districtCode: string; role: string; count: number }[];
  charterSavingRupiah: number;
}

/** Fills the plan's open slots from the roster and shows what is still to recruit per kecamatan. */
export function FillRosterButton({ planId }: { planId: number }) {
  const t = useTranslations('fill');
  const lang = useLocale();
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: async (): Promise<FillResult> => {
      const response = await fetch(`/api/plans/${planId}/roster`, { method: 'POST', headers: { 'accept-language': lang } });
      const json = (await response.json().catch(() => ({}))) as FillResult & { error?: string };
      if (!response.ok) throw new Error(json.error || t('failed'));
      return json;
    },
    onSuccess: () => router.refresh(),
  });
  const recruit = mutation.data?.toRecruit ?? [];
  return (
    <div>
      <button type="button" className="button" onClick={() => mutation.mutate()} disabled={mutation.isPending} data-testid="fill-roster">{t('button')}</button>
      {mutation.error && <p className="note" role="alert">{mutation.error.message}</p>}
      {mutation.data && (
        <div className="card" data-testid="fill-result">
          <p>{t('result', { filled: mutation.data.filled, savingRupiah: mutation.data.charterSavingRupiah })}</p>
          {recruit.length > 0 && <RecruitTable rows={recruit} header={t('toRecruit')} />}
        </div>
      )}
    </div>
  );
}

/** To-recruit counts as kecamatan rows with a column per role. */
function RecruitTable({ rows, header }: { rows: FillResult['toRecruit']; header: string }) {
  const districts = [...new Set(rows.map((r) => r.districtCode))];
  const count = (d: string, role: string) => rows.find((r) => r.districtCode === d && r.role === role)?.count ?? 0;
  return (
    <table className="compact" data-testid="to-recruit">
      <thead><tr><th>{header}</th><th className="num">PPL</th><th className="num">PML</th><th className="num">KOSEKA</th></tr></thead>
      <tbody>
        {districts.map((d) => (
          <tr key={d}><td>{d}</td><td className="num">{count(d, 'ppl')}</td><td className="num">{count(d, 'pml')}</td><td className="num">{count(d, 'koseka')}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

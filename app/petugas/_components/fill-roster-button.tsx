'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';

interface FillResult {
  filled: number;
  toRecruit: { districtCode: string; role: string; count: number }[];
  charterSavingRupiah: number;
}

/** Fills the plan's open slots from the roster and shows what is still to recruit per kecamatan. */
export function FillRosterButton({ planId, label }: { planId: number; label: string }) {
  const router = useRouter();
  const mutation = useMutation({
    mutationFn: async (): Promise<FillResult> => {
      const response = await fetch(`/api/plans/${planId}/roster`, { method: 'POST' });
      const json = (await response.json()) as FillResult & { error?: string };
      if (!response.ok) throw new Error(json.error ?? 'Gagal mengisi dari roster');
      return json;
    },
    onSuccess: () => router.refresh(),
  });
  const recruit = mutation.data?.toRecruit ?? [];
  return (
    <div>
      <button type="button" className="button" onClick={() => mutation.mutate()} disabled={mutation.isPending} data-testid="fill-roster">{label}</button>
      {mutation.error && <p className="note" role="alert">{mutation.error.message}</p>}
      {mutation.data && (
        <div className="card" data-testid="fill-result">
          <p>{mutation.data.filled} slot terisi; hemat carter Rp {mutation.data.charterSavingRupiah.toLocaleString('id-ID')}.</p>
          {recruit.length > 0 && <RecruitTable rows={recruit} />}
        </div>
      )}
    </div>
  );
}

/** To-recruit counts as kecamatan rows with a column per role. */
function RecruitTable({ rows }: { rows: FillResult['toRecruit'] }) {
  const districts = [...new Set(rows.map((r) => r.districtCode))];
  const count = (d: string, role: string) => rows.find((r) => r.districtCode === d && r.role === role)?.count ?? 0;
  return (
    <table className="compact" data-testid="to-recruit">
      <thead><tr><th>Perlu direkrut · kecamatan</th><th className="num">PPL</th><th className="num">PML</th><th className="num">KOSEKA</th></tr></thead>
      <tbody>
        {districts.map((d) => (
          <tr key={d}><td>{d}</td><td className="num">{count(d, 'ppl')}</td><td className="num">{count(d, 'pml')}</td><td className="num">{count(d, 'koseka')}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

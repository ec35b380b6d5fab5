import Link from 'next/link';
import { formatNumber, type Lang, type Messages } from '@/lib/i18n/messages';

export interface SlotView {
  id: number;
  label: string;
  role: 'ppl' | 'pml' | 'koseka';
  supervisorSlotId: number | null;
  staffName: string | null;
  families: number;
  onSiteDays: number;
  familiesPerDay: number;
  startDate: string | null;
  endDate: string | null;
  flag: string | null;
}

/** A kecamatan's KOSEKA, then each PML team with its PPL territories; a PPL links to its schedule. */
export function Teams({ planId, districtCode, slots, lang, t }: { planId: number; districtCode: string; slots: readonly SlotView[]; lang: Lang; t: Messages }) {
  const n = (v: number, d = 0) => formatNumber(v, lang, d);
  const person = (s: SlotView) => s.staffName ?? <span className="muted">{t.plan.toRecruit}</span>;
  const koseka = slots.filter((s) => s.role === 'koseka');
  const teams = slots.filter((s) => s.role === 'pml');
  return (
    <div data-testid="teams">
      <p>{t.plan.koseka}: {koseka.map((k) => <span key={k.id} className="badge">{k.label} · {person(k)}</span>)}</p>
      {teams.map((pml) => (
        <div key={pml.id} className="team">
          <h3>{pml.label} · {person(pml)}</h3>
          <table>
            <thead>
              <tr><th>PPL</th><th>{t.staffPage.title}</th><th className="num">{t.plan.families}</th><th className="num">{t.plan.dailyTarget}</th><th className="num">{t.plan.workingDays}</th><th>{t.plan.date}</th><th /></tr>
            </thead>
            <tbody>
              {slots.filter((s) => s.supervisorSlotId === pml.id).map((p) => (
                <tr key={p.id}>
                  <td><Link href={`/perencanaan/${planId}?kecamatan=${districtCode}&ppl=${p.id}#jadwal`}>{p.label}</Link></td>
                  <td>{person(p)}</td>
                  <td className="num">{n(p.families)}</td>
                  <td className="num">{n(p.familiesPerDay, 1)}</td>
                  <td className="num">{n(p.onSiteDays)}</td>
                  <td>{p.startDate?.slice(5)} – {p.endDate?.slice(5)}</td>
                  <td className="flag">{p.flag ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';
import { describeFlag } from '@/i18n/describe';
import type { LegacyNote } from '@/lib/planning/stored-notes';
import type { TerritoryFlag } from '@/lib/planning/types';

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
  flag: TerritoryFlag | LegacyNote | null;
}

/** A kecamatan's KOSEKA, then each PML team with its PPL territories; a PPL links to its schedule. */
export function Teams({ planId, districtCode, slots }: { planId: number; districtCode: string; slots: readonly SlotView[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const lang = useLocale();
  const day = (d: string | null) => (d ? format.dateTime(calendarDay(d), 'day') : t('common.none'));
  const person = (s: SlotView) => (s.staffName ? <span translate="no">{s.staffName}</span> : <span className="muted">{t('plan.toRecruit')}</span>);
  const koseka = slots.filter((s) => s.role === 'koseka');
  const teams = slots.filter((s) => s.role === 'pml');
  // No empty label or column: a PML sees no KOSEKA slot, and most kecamatan have no flagged territory.
  const flagged = slots.some((s) => s.flag);
  return (
    <div data-testid="teams">
      {koseka.length > 0 && <p>{t('plan.koseka')}: {koseka.map((k) => <span key={k.id} className="badge">{k.label} · {person(k)}</span>)}</p>}
      {teams.map((pml) => (
        <div key={pml.id} className="team">
          <h3>{pml.label} · {person(pml)}</h3>
          <table>
            <thead>
              <tr>
                <th>{t('plan.ppl')}</th><th>{t('plan.person')}</th><th className="num">{t('plan.families')}</th><th className="num">{t('plan.dailyTarget')}</th>
                <th className="num">{t('plan.workingDays')}</th><th>{t('plan.dates')}</th>{flagged && <th>{t('plan.warnings')}</th>}
              </tr>
            </thead>
            <tbody>
              {slots.filter((s) => s.supervisorSlotId === pml.id).map((p) => (
                <tr key={p.id}>
                  <td><Link href={`/perencanaan/${planId}?kecamatan=${districtCode}&ppl=${p.id}#jadwal`}>{p.label}</Link></td>
                  <td>{person(p)}</td>
                  <td className="num">{format.number(p.families)}</td>
                  <td className="num">{format.number(p.familiesPerDay, 'oneDecimal')}</td>
                  <td className="num">{format.number(p.onSiteDays)}</td>
                  <td>{t('common.range', { from: day(p.startDate), to: day(p.endDate) })}</td>
                  {flagged && <td className="flag">{p.flag && describeFlag(p.flag, lang)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

'use client';

import { useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';
import type { ReceiverAfter } from '@/lib/reassignment/dropout-edit';
import type { DropoutProposal, PplMonitoring } from './api';
import { useFigures } from './use-figures';

/** Each receiver's daily target now and after the edited moves; past the maximum flagged. */
export function DropoutReceivers({ after, receivers }: { after: readonly ReceiverAfter[]; receivers: readonly PplMonitoring[] }) {
  const t = useTranslations('monitoringPage');
  const f = useFigures();
  if (after.length === 0) return null;
  const byId = new Map(receivers.map((p) => [p.slotId, p]));
  return (
    <>
      <h4>{t('dropout.receiversTitle')}</h4>
      <div className="table-scroll">
        <table className="mon-table" data-testid="dropout-receivers">
          <thead><tr><th>{t('columns.ppl')}</th><th className="num">{t('dropout.families')}</th><th className="num">{t('dropout.before')}</th><th className="num">{t('dropout.after')}</th></tr></thead>
          <tbody>
            {after.map((r) => {
              const p = byId.get(r.slotId);
              return (
                <tr key={r.slotId}>
                  <td><span translate="no">{p?.label}</span> <span className="muted" translate="no">{p?.staffName}</span></td>
                  <td className="num">+{f.n(r.addedFamilies)}</td>
                  <td className="num">{p ? f.one(p.dailyTargetFamilies) : ''}</td>
                  <td className={r.overMax ? 'num flag' : 'num'}><strong>{f.one(r.familiesPerDay)}</strong></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** What to recruit when the team and kecamatan cannot take the work without passing the maximum. */
export function RecruitAdvice({ recruit }: { recruit: DropoutProposal['recruit'] }) {
  const t = useTranslations('monitoringPage');
  if (!recruit) return null;
  const text = recruit.code === 'recruit'
    ? t('dropout.recruit', { families: recruit.families, count: recruit.count, district: recruit.districtCode, date: calendarDay(recruit.startBy) })
    : t('dropout.noTime', { families: recruit.families, district: recruit.districtCode });
  return <p className="note" data-testid="recruit-advice">{text}</p>;
}

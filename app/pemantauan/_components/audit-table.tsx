import { getFormatter, getTranslations } from 'next-intl/server';
import type { AuditRow } from '@/db/queries/audit';
import { calendarDay } from '@/i18n/config';
import { summarizeAuditEntry, type AuditSummary } from '@/lib/reassignment/audit-summary';

const knownActions = ['assignment_move', 'assignment_override', 'ppl_dropout', 'plan_adopt'] as const;

/** Log entries newest first: when, who, what, the SLS and PPL touched, and the change worded from its codes. */
export async function AuditTable({ entries }: { entries: readonly AuditRow[] }) {
  const [t, tr, format] = await Promise.all([getTranslations('monitoringPage.logPage'), getTranslations('monitoringPage.dropout.reasons'), getFormatter()]);
  const detail = (s: AuditSummary, area: string | null) => {
    if (s.code === 'move') return t('moveDetail', { families: s.families, from: s.fromLabel, to: s.toLabel, perDay: s.newFamiliesPerDay });
    if (s.code === 'dropout') return t('dropoutDetail', { date: calendarDay(s.from), reason: tr(s.reason), moves: s.moves });
    if (s.code === 'adopt') return t('adoptDetail', { planId: s.planId, area: area ?? '', previous: s.previousPlanId === null ? 'none' : String(s.previousPlanId) });
    return '';
  };
  return (
    <div className="table-scroll">
      <table className="wide mon-table mon-log" data-testid="audit-table">
        <thead>
          <tr><th>{t('when')}</th><th>{t('who')}</th><th>{t('what')}</th><th>{t('sls')}</th><th>{t('detail')}</th><th>{t('note')}</th></tr>
        </thead>
        <tbody>
          {entries.map((e) => {
            const summary = summarizeAuditEntry(e);
            const action = knownActions.find((a) => a === e.action.replace('.', '_')) ?? 'other';
            return (
              <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                <td data-label={t('when')}>{format.dateTime(new Date(e.at), { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' })}</td>
                <td data-label={t('who')}>{e.userName ? <span translate="no">{e.userName}</span> : t('system')}</td>
                <td data-label={t('what')}>
                  <span>
                    {t(`actions.${action}`)}
                    {e.slotLabels.length > 0 && <span className="muted mon-small mon-block" translate="no">{e.slotLabels.join(', ')}</span>}
                  </span>
                </td>
                <td data-label={t('sls')} translate="no">{e.slsCode ?? '–'}</td>
                <td data-label={t('detail')} className="mon-detail">{detail(summary, e.areaCode)}</td>
                <td data-label={t('note')} className="mon-detail">{'note' in summary && summary.note ? <span translate="no">{summary.note}</span> : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

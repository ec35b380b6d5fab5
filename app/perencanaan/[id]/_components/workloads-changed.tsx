import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';

/** Says that an import changed the plan's workloads after it was saved (how many villages, when, which) and offers to plan again. */
export function WorkloadsChanged({ areaCode, villages, lastAt, names, mayPlan }: { areaCode: string; villages: number; lastAt: Date; names: readonly string[]; mayPlan: boolean }) {
  const t = useTranslations('planPage');
  const format = useFormatter();
  const more = villages - names.length;
  const listed = names.join(', ') + (more > 0 ? `, ${t('workloadsChangedMore', { count: more })}` : '');
  return (
    <div className="note" role="status" data-testid="workloads-changed">
      <p>{t('workloadsChanged', { villages, date: format.dateTime(lastAt, { dateStyle: 'medium', timeStyle: 'short' }), names: listed })}</p>
      {mayPlan && <p><Link className="button" href={`/perencanaan?area=${encodeURIComponent(areaCode)}`}>{t('planAgain')}</Link></p>}
    </div>
  );
}

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';
import { describeFlag } from '@/i18n/describe';
import type { LegacyNote } from '@/lib/planning/stored-notes';
import type { TerritoryFlag } from '@/lib/planning/types';
import type { ScheduleDay } from '@/lib/scheduling/schedule-ppl';
import { ScheduleTimeline } from '../../_components/schedule-timeline';

/** One PPL's day-by-day schedule: a strip of the window and the table of days. */
export function PplSchedule({ slot, days }: { slot: { label: string; flag: TerritoryFlag | LegacyNote | null }; days: readonly ScheduleDay[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const lang = useLocale();
  const max = Math.max(...days.map((d) => d.families), 1);
  return (
    <section id="jadwal">
      <h2>{t('plan.schedule', { label: slot.label })} {slot.flag && <span className="flag">· {describeFlag(slot.flag, lang)}</span>}</h2>
      <ScheduleTimeline days={days} maxFamilies={max} />
      <div className="table-scroll"><table className="compact" data-testid="schedule-table">
        <thead><tr><th>{t('plan.date')}</th><th>{t('plan.kind')}</th><th className="num">{t('plan.families')}</th><th>{t('columns.sls')}</th></tr></thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <td>{format.dateTime(calendarDay(d.date), 'weekdayDay')}</td>
              <td>{t(`scheduleKinds.${d.kind}`)}</td>
              <td className="num">{d.families ? format.number(d.families) : ''}</td>
              <td>{d.slsCodes.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table></div>
    </section>
  );
}

import { format, parseISO } from 'date-fns';
import { id as idLocale } from 'date-fns/locale';
import { getPlan, getPlanSlot, listPlanAssignments } from '@/db/queries/plans';
import type { Messages } from '@/lib/i18n/messages';
import { operationParamsSchema } from '@/lib/operations/params';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';
import { requestDb } from '../../../_lib/db';
import { ScheduleTimeline } from '../../_components/schedule-timeline';

const kindLabel = { travel: 'perjalanan', work: 'pendataan', reserve: 'cadangan (kunjungan ulang)', rest: 'libur' } as const;

/** One PPL's day-by-day schedule: a strip of the window and the table of days. */
export async function PplSchedule({ planId, slotId, t }: { planId: number; slotId: number; t: Messages }) {
  const db = await requestDb();
  const [plan, slot, sls] = await Promise.all([getPlan(db, planId), getPlanSlot(db, planId, slotId), listPlanAssignments(db, planId, slotId)]);
  if (!plan || !slot || slot.role !== 'ppl') return null;
  const workingDays = countWorkingDays({ params: operationParamsSchema.parse(plan.params) });
  const days = schedulePpl({ sls, onSiteDays: slot.onSiteDays, workingDays });
  const max = Math.max(...days.map((d) => d.families), 1);
  return (
    <section id="jadwal">
      <h2>{t.plan.schedule}: {slot.label} {slot.flag && <span className="flag">· {slot.flag}</span>}</h2>
      <ScheduleTimeline days={days} maxFamilies={max} />
      <table className="compact" data-testid="schedule-table">
        <thead><tr><th>{t.plan.date}</th><th>{t.plan.kind}</th><th className="num">{t.plan.families}</th><th>SLS</th></tr></thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.date}>
              <td>{format(parseISO(d.date), 'EEE d MMM', { locale: idLocale })}</td>
              <td>{kindLabel[d.kind]}</td>
              <td className="num">{d.families || ''}</td>
              <td>{d.slsCodes.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { useTranslations } from 'next-intl';
import type { StaffView } from '../_lib/staff-href';

export interface PickablePlan {
  id: number;
  name: string;
  version: number;
  areaCode: string;
  areaName: string;
}

/**
 * Which saved plan the page staffs (the office head fills it from the roster; coordinators see its teams): a GET form,
 * so it works before any script has loaded and the choice has its own URL. The roster search stays as it was.
 */
export function PlanPicker({ plans, selected, inForce, fills, view }: { plans: readonly PickablePlan[]; selected: number; inForce: ReadonlySet<number>; fills: boolean; view: StaffView }) {
  const t = useTranslations();
  return (
    <form action="/petugas" className="filter-form" data-testid="plan-picker">
      <label>
        {fills ? t('pages.staff.plan') : t('pages.staff.planShown')}
        {/* each option is a plan's and its area's names: proper names, as everywhere else */}
        <select name="rencana" defaultValue={selected}>
          {plans.map((p) => (
            <option key={p.id} value={p.id} translate="no">
              {p.name} · {p.areaName} ({p.areaCode}) · {t('plan.version', { version: p.version })}{inForce.has(p.id) ? ` · ${t('adoption.inForce')}` : ''}
            </option>
          ))}
        </select>
      </label>
      {view.q && <input type="hidden" name="q" value={view.q} />}
      {view.peran && <input type="hidden" name="peran" value={view.peran} />}
      <button type="submit" className="button">{t('pages.staff.pick')}</button>
    </form>
  );
}

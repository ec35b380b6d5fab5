import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Teams, type SlotView } from '../../_components/teams';
import { staffHref, type StaffView } from '../_lib/staff-href';
import { FillRosterButton } from './fill-roster-button';
import { PlanPicker, type PickablePlan } from './plan-picker';

/**
 * The teams of the plan the page staffs: the picker when there is a choice, the fill button for an office head whose
 * areas hold the whole plan (else why not), the plan's kecamatan and the chosen one's teams.
 */
export function PlanTeams({ plans, plan, inForce, fill, districts, district, slots, view }: {
  plans: readonly PickablePlan[];
  plan: PickablePlan | undefined;
  inForce: ReadonlySet<number>;
  /** office heads only: whether their areas hold the plan */
  fill: 'yes' | 'beyond' | 'no';
  districts: readonly { districtCode: string; districtName: string }[];
  district: string | undefined;
  slots: readonly SlotView[];
  view: StaffView;
}) {
  const t = useTranslations();
  return (
    <section data-testid="staff-by-team">
      <h2>{t('plan.teams')}</h2>
      {!plan ? <p className="muted">{t('pages.staff.noPlans')}</p> : (
        <>
          {plans.length > 1 && <PlanPicker plans={plans} selected={plan.id} inForce={inForce} fills={fill !== 'no'} view={view} />}
          <p><Link href={`/perencanaan/${plan.id}`} translate="no">{plan.name}</Link> <span className="muted">(<span translate="no">{plan.areaName}</span>)</span></p>
          {fill === 'yes' && <FillRosterButton planId={plan.id} />}
          {fill === 'beyond' && <p className="muted">{t('pages.staff.fillNotYours')}</p>}
          <p className="crumbs" aria-label={t('staffPage.districts')}>
            {districts.map((d) => (
              <span key={d.districtCode} translate="no">{d.districtCode === district ? <strong>{d.districtName}</strong> : <Link href={staffHref({ ...view, kecamatan: d.districtCode })}>{d.districtName}</Link>}</span>
            ))}
          </p>
          {district && <Teams planId={plan.id} districtCode={district} slots={slots} />}
        </>
      )}
    </section>
  );
}

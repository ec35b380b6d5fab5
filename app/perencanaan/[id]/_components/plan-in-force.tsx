import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdoptPlanButton } from './adopt-plan-button';

/**
 * Whether this plan is its area's plan in force, and for an office head who may adopt it, the button; the plan in
 * force now (another version, or none) is named beside it.
 */
export async function PlanInForce({ planId, inForce, mayAdopt }: { planId: number; inForce: { planId: number; name: string; version: number } | null; mayAdopt: boolean }) {
  const t = await getTranslations('adoption');
  const tp = await getTranslations('plan');
  if (inForce?.planId === planId) {
    return <p data-testid="plan-in-force"><span className="status status-on_track">{t('inForce')}</span> <span className="muted">{t('inForceNote')}</span></p>;
  }
  return (
    <div className="adoption" data-testid="plan-adoption">
      <p className="muted">
        {inForce ? (
          <>{t('current')} <Link href={`/perencanaan/${inForce.planId}`} translate="no">{inForce.name}</Link> ({tp('version', { version: inForce.version })})</>
        ) : t('none')}
      </p>
      {mayAdopt && <AdoptPlanButton planId={planId} />}
    </div>
  );
}

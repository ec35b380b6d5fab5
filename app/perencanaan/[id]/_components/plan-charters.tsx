import { useTranslations } from 'next-intl';
import type { Trip } from '@/lib/charters/pooling/types';
import { villageLogistics } from '@/lib/charters/pooling/village-logistics';
import type { PlanSummary } from '@/lib/operations/plan-summary';
import { CharterCalendar } from '../../_components/charter-calendar';
import { TripCalendar } from '../../_components/trip-calendar';
import { CharterList, type CharterRow } from './charter-list';
import { PoolingFigures } from './pooling-figures';
import { TripFilter } from './trip-filter';
import { VillageLogisticsTable } from './village-logistics';

/**
 * The charters of a plan: with trips (every plan saved since charter pooling), the saving against the unpooled plan,
 * the routes, each village's trips and PML, and the trip calendar; a plan saved before, its per-village legs.
 */
export function PlanCharters({ summary, trips, legs, names, districtNames, window }: {
  summary: PlanSummary;
  trips: Trip[];
  legs: readonly CharterRow[];
  names: ReadonlyMap<string, string>;
  districtNames: ReadonlyMap<string, string>;
  window: { windowStart: string; windowEnd: string };
}) {
  const t = useTranslations();
  if (trips.length === 0 && legs.length === 0) return <><h2>{t('plan.charters')}</h2><p>{t('plan.noCharters')}</p></>;
  if (trips.length === 0) {
    return (
      <>
        <h2>{t('plan.charters')}</h2>
        <p className="muted">{t('pooling.legacy')}</p>
        <CharterList legs={legs} />
        <h2>{t('plan.calendar')}</h2>
        <CharterCalendar windowStart={window.windowStart} windowEnd={window.windowEnd} legs={legs} />
      </>
    );
  }
  return (
    <>
      <h2>{t('pooling.title')}</h2>
      <p className="muted">{t('pooling.intro')}</p>
      {summary.pooling && <PoolingFigures pooling={summary.pooling} />}
      <h3>{t('pooling.routes')}</h3>
      <TripFilter trips={trips} villageNames={Object.fromEntries(names)} districtNames={Object.fromEntries(districtNames)} />
      <h3>{t('pooling.villages')}</h3>
      <div className="long-list"><VillageLogisticsTable villages={villageLogistics(trips)} names={names} /></div>
      <h2>{t('pooling.calendar')}</h2>
      <p className="muted">{t('pooling.calendarIntro')}</p>
      <div className="long-list"><TripCalendar trips={trips} names={names} /></div>
    </>
  );
}

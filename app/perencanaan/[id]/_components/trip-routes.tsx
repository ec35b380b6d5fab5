import { useFormatter, useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';
import type { Trip } from '@/lib/charters/pooling/types';
import { ModeIcon } from '../../_components/mode-icon';

/** Every trip as a route: base → villages (people served there) → base, with its dates, seats and cost. */
export function TripRoutes({ trips, names }: { trips: readonly Trip[]; names: ReadonlyMap<string, string> }) {
  const t = useTranslations();
  const format = useFormatter();
  const day = (d: string) => format.dateTime(calendarDay(d), 'day');
  return (
    <div className="table-scroll">
      <table className="wide" data-testid="trip-routes">
        <thead>
          <tr>
            <th>{t('pooling.trip')}</th><th>{t('pooling.kind')}</th><th>{t('pooling.route')}</th><th>{t('pooling.dates')}</th>
            <th className="num">{t('pooling.seats')}</th><th className="num">{t('pooling.cost')}</th>
          </tr>
        </thead>
        <tbody>
          {trips.map((trip) => (
            <tr key={trip.label} id={`trip-${trip.label}`}>
              <td><ModeIcon mode={trip.mode} label={t(`access.${trip.mode}`)} /> <span translate="no">{trip.label}</span></td>
              <td>{t(`charterKinds.${trip.kind}`)}</td>
              <td className="route">
                {trip.kind !== 'move' && <>{t('pooling.base')} → </>}
                {trip.stops.map((stop, k) => (
                  <span key={stop.villageCode}>
                    {k > 0 && ' → '}
                    <span translate="no">{names.get(stop.villageCode) ?? stop.villageCode}</span> ({format.number(stop.people.length)})
                  </span>
                ))}
                {trip.kind !== 'move' && <> → {t('pooling.base')}</>}
              </td>
              <td>{trip.departDate === trip.returnDate ? day(trip.departDate) : t('pooling.dateRange', { from: calendarDay(trip.departDate), to: calendarDay(trip.returnDate) })}</td>
              <td className="num">{t('pooling.seatsValue', { used: trip.seatsUsed, free: trip.seats - trip.seatsUsed })}</td>
              <td className="num">{format.number(trip.costRupiah, 'rupiah')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useFormatter, useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';
import type { Trip } from '@/lib/charters/pooling/types';
import { ModeIcon } from './mode-icon';

/**
 * The window's days that have trips leaving, each listing its trips; a trip opens (a native details element, no
 * script) to its stops, their dates and the people served at each.
 */
export function TripCalendar({ trips, names }: { trips: readonly Trip[]; names: ReadonlyMap<string, string> }) {
  const t = useTranslations();
  const format = useFormatter();
  const byDate = new Map<string, Trip[]>();
  for (const trip of trips) byDate.set(trip.departDate, [...(byDate.get(trip.departDate) ?? []), trip]);
  const dates = [...byDate.keys()].sort();
  return (
    <div className="trip-calendar" data-testid="trip-calendar">
      {dates.map((date) => (
        <section key={date} className="trip-day">
          <h4>{format.dateTime(calendarDay(date), 'weekdayDay')}</h4>
          <div className="trip-day-list">
            {byDate.get(date)!.map((trip) => (
              <details key={trip.label} className={`trip ${trip.kind}`}>
                <summary>
                  <ModeIcon mode={trip.mode} label={t(`access.${trip.mode}`)} />{' '}
                  {t('pooling.tripSummary', { label: trip.label, kind: t(`charterKinds.${trip.kind}`), stops: trip.stops.length, used: trip.seatsUsed, seats: trip.seats })}
                </summary>
                <table className="compact">
                  <thead><tr><th>{t('pooling.stop')}</th><th>{t('pooling.dates')}</th><th>{t('pooling.people')}</th></tr></thead>
                  <tbody>
                    {trip.stops.map((stop) => (
                      <tr key={stop.villageCode}>
                        <td translate="no">{names.get(stop.villageCode) ?? stop.villageCode}</td>
                        <td>{format.dateTime(calendarDay(stop.date), 'day')}</td>
                        <td translate="no">{stop.people.map((label, k) => <span key={label} className="person">{label}{k < stop.people.length - 1 ? ', ' : ''}</span>)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot><tr><td colSpan={2}>{t('pooling.cost')}</td><td className="num">{format.number(trip.costRupiah, 'rupiah')}</td></tr></tfoot>
                </table>
              </details>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

import { useFormatter, useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';
import type { TripCall, VillageLogistics } from '@/lib/charters/pooling/village-logistics';

/** Per boat or plane village: which trips bring its team in and take it out, and when its PML is there. */
export function VillageLogisticsTable({ villages, names }: { villages: readonly VillageLogistics[]; names: ReadonlyMap<string, string> }) {
  const t = useTranslations();
  const format = useFormatter();
  const day = (date: string) => format.dateTime(calendarDay(date), 'day');
  const calls = (list: readonly TripCall[]) =>
    list.length === 0
      ? t('common.none')
      : list.map((c, k) => (
          <span key={`${c.label}-${c.date}`}>{k > 0 && ', '}<a href={`#trip-${c.label}`} translate="no">{c.label}</a> ({day(c.date)})</span>
        ));
  return (
    <div className="table-scroll">
      <table className="wide" data-testid="village-logistics">
        <thead><tr><th>{t('pooling.village')}</th><th>{t('plan.mode')}</th><th>{t('pooling.teamIn')}</th><th>{t('pooling.teamOut')}</th><th>{t('pooling.pmlThere')}</th></tr></thead>
        <tbody>
          {villages.map((v) => (
            <tr key={v.villageCode}>
              <td><span translate="no">{names.get(v.villageCode) ?? v.villageCode}</span> <span className="muted">{v.villageCode}</span></td>
              <td><span className={`badge ${v.mode}`}>{t(`access.${v.mode}`)}</span></td>
              <td>{calls(v.arrivals)}</td>
              <td>{calls(v.departures)}</td>
              <td>{v.pmlStays ? t('pooling.pmlStays') : v.visits.length > 0 ? t('pooling.pmlVisits', { dates: v.visits.map((c) => day(c.date)).join(', ') }) : t('pooling.pmlNone')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

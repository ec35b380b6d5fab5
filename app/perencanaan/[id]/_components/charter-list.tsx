import { useFormatter, useTranslations } from 'next-intl';
import { calendarDay } from '@/i18n/config';
import type { TripKind } from '@/lib/charters/pooling/types';

export interface CharterRow {
  villageCode: string;
  villageName: string;
  mode: 'road' | 'boat' | 'plane' | 'foot';
  kind: TripKind;
  tripDate: string;
  seats: number;
  costRupiah: number;
}

/** Charter legs grouped by village: the flagged list of remote villages with their dates and cost. */
export function CharterList({ legs }: { legs: readonly CharterRow[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const villages = new Map<string, { name: string; mode: CharterRow['mode']; legs: CharterRow[] }>();
  for (const leg of legs) {
    const entry = villages.get(leg.villageCode) ?? { name: leg.villageName, mode: leg.mode, legs: [] };
    entry.legs.push(leg);
    villages.set(leg.villageCode, entry);
  }
  return (
    <div className="table-scroll"><table data-testid="charter-list">
      <thead>
        <tr><th>{t('plan.village')}</th><th>{t('plan.mode')}</th><th className="num">{t('plan.legs')}</th><th>{t('plan.dates')}</th><th className="num">{t('plan.seats')}</th><th className="num">{t('plan.cost')}</th></tr>
      </thead>
      <tbody>
        {[...villages.entries()].map(([code, v]) => {
          const count = (kind: CharterRow['kind']) => v.legs.filter((l) => l.kind === kind).length;
          return (
            <tr key={code}>
              <td><span className="flag">⚑</span> <span translate="no">{v.name}</span> <span className="muted">{code}</span></td>
              <td><span className={`badge ${v.mode}`}>{t(`access.${v.mode}`)}</span></td>
              <td className="num">{count('inbound')} / {count('outbound')} / {count('supervision')}</td>
              <td>{[...new Set(v.legs.map((l) => l.tripDate))].map((d) => format.dateTime(calendarDay(d), 'day')).join(', ')}</td>
              <td className="num">{format.number(v.legs.reduce((s, l) => s + l.seats, 0))}</td>
              <td className="num">{format.number(v.legs.reduce((s, l) => s + l.costRupiah, 0), 'rupiah')}</td>
            </tr>
          );
        })}
      </tbody>
    </table></div>
  );
}

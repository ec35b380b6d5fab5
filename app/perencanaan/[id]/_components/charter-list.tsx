import { formatNumber, type Lang, type Messages } from '@/lib/i18n/messages';

export interface CharterRow {
  villageCode: string;
  villageName: string;
  mode: string;
  kind: 'inbound' | 'outbound' | 'supervision';
  tripDate: string;
  seats: number;
  costRupiah: number;
}

/** Charter legs grouped by village: the flagged list of remote villages with their dates and cost. */
export function CharterList({ legs, lang, t }: { legs: readonly CharterRow[]; lang: Lang; t: Messages }) {
  const villages = new Map<string, { name: string; mode: string; legs: CharterRow[] }>();
  for (const leg of legs) {
    const entry = villages.get(leg.villageCode) ?? { name: leg.villageName, mode: leg.mode, legs: [] };
    entry.legs.push(leg);
    villages.set(leg.villageCode, entry);
  }
  const n = (v: number) => formatNumber(v, lang);
  return (
    <table data-testid="charter-list">
      <thead>
        <tr><th>{t.plan.village}</th><th>{t.plan.mode}</th><th className="num">{t.plan.kind}</th><th>{t.plan.date}</th><th className="num">{t.plan.seats}</th><th className="num">{t.plan.cost}</th></tr>
      </thead>
      <tbody>
        {[...villages.entries()].map(([code, v]) => {
          const count = (kind: CharterRow['kind']) => v.legs.filter((l) => l.kind === kind).length;
          return (
            <tr key={code}>
              <td><span className="flag">⚑</span> {v.name} <span className="muted">{code}</span></td>
              <td><span className={`badge ${v.mode}`}>{t.access[v.mode as keyof Messages['access']] ?? v.mode}</span></td>
              <td className="num">{count('inbound')} / {count('outbound')} / {count('supervision')}</td>
              <td>{[...new Set(v.legs.map((l) => l.tripDate.slice(5)))].join(', ')}</td>
              <td className="num">{n(v.legs.reduce((s, l) => s + l.seats, 0))}</td>
              <td className="num">Rp {n(v.legs.reduce((s, l) => s + l.costRupiah, 0))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { eachDayOfInterval, format, getDay, parseISO } from 'date-fns';
import { id as idLocale } from 'date-fns/locale';

export interface CalendarLeg {
  villageName: string;
  mode: string;
  kind: 'inbound' | 'outbound' | 'supervision';
  tripDate: string;
  costRupiah: number;
}

const kindLabel = { inbound: 'berangkat', outbound: 'pulang', supervision: 'supervisi' } as const;

/** The window as a month-style grid, each day listing its charter legs; weekends shaded. */
export function CharterCalendar({ windowStart, windowEnd, legs }: { windowStart: string; windowEnd: string; legs: readonly CalendarLeg[] }) {
  const days = eachDayOfInterval({ start: parseISO(windowStart), end: parseISO(windowEnd) });
  const byDate = new Map<string, CalendarLeg[]>();
  for (const leg of legs) byDate.set(leg.tripDate, [...(byDate.get(leg.tripDate) ?? []), leg]);
  // Monday-first grid: blank cells before the first day.
  const lead = (getDay(days[0]!) + 6) % 7;
  return (
    <div className="calendar" data-testid="charter-calendar">
      {['Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab', 'Min'].map((d) => <div key={d} className="calendar-head">{d}</div>)}
      {Array.from({ length: lead }, (_, i) => <div key={`lead-${i}`} />)}
      {days.map((day) => {
        const key = format(day, 'yyyy-MM-dd');
        const dayLegs = byDate.get(key) ?? [];
        return (
          <div key={key} className={`calendar-day${getDay(day) % 6 === 0 ? ' weekend' : ''}`}>
            <div className="calendar-date">{format(day, 'd MMM', { locale: idLocale })}</div>
            {dayLegs.slice(0, 4).map((leg, i) => (
              <div key={i} className={`leg ${leg.mode} ${leg.kind}`} title={`${leg.villageName}: ${kindLabel[leg.kind]}, Rp ${leg.costRupiah.toLocaleString('id-ID')}`}>
                {leg.mode === 'plane' ? '✈' : '⛴'} {leg.villageName} · {kindLabel[leg.kind]}
              </div>
            ))}
            {dayLegs.length > 4 && <div className="muted">+{dayLegs.length - 4}</div>}
          </div>
        );
      })}
    </div>
  );
}

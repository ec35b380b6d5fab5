import { describe, expect, it } from 'vitest';
import { dropLocalTravellers } from '@/lib/charters/pooling/drop-local-travellers';
import { shareWorkDays } from '@/lib/charters/pooling/stay';
import type { Trip } from '@/lib/charters/pooling/types';
import { defaultOperationParams as params } from '@/lib/operations/params';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { scheduleStay } from '@/lib/scheduling/schedule-stay';

describe('shareWorkDays: a shared PPL\'s days at each village', () => {
  it.each([
    // 21 days for 60 / 70 / 80 families: 6, 7, 8 days, 10 families a day everywhere
    { families: [60, 70, 80], workDays: 21, days: [6, 7, 8] },
    // the busier village gets the extra day
    { families: [75, 120], workDays: 22, days: [9, 13] },
    // 300 + 200 families in 22 days would need 14+ a day somewhere
    { families: [300, 200], workDays: 22, days: null },
    // fewer days than villages
    { families: [10, 10, 10], workDays: 2, days: null },
  ])('$families in $workDays days: $days', ({ families, workDays, days }) => {
    expect(shareWorkDays({ families, workDays, maxDailyFamilies: 14 })).toEqual(days);
  });
});

describe('scheduleStay: a PPL who comes by charter, moves once and stays through the reserve', () => {
  it('travels in, works each village up to the move, keeps the reserve on site and travels out at the end', () => {
    const workingDays = countWorkingDays({ params }); // 25 working days 15 Oct - 8 Nov, reserve 9 - 14 Nov
    // 1 day each way; 10 days at village A (16-25 Oct), a move day (26 Oct), 12 at B (27 Oct - 7 Nov)
    const sls = [
      { slsCode: '65.03.19.2001.0001', families: 100 },
      { slsCode: '65.03.19.2002.0001', families: 60 },
      { slsCode: '65.03.19.2002.0002', families: 60 },
    ];
    const days = scheduleStay({ sls, onSiteDays: 22, stay: { arriveIndex: 1, leaveIndex: 30, travelDaysOneWay: 1, moves: [{ index: 11, arriveIndex: 12, villageCode: '65.03.19.2002' }] }, workingDays });
    // consecutive days of one kind (and, at work, one village) as one run
    const runs: { what: string; from: string; to: string }[] = [];
    for (const day of days) {
      const what = day.kind === 'work' ? `work ${[...new Set(day.slsCodes.map((c) => c.slice(9, 13)))].join('/')}` : day.kind;
      const last = runs[runs.length - 1];
      if (last?.what === what) last.to = day.date.slice(5);
      else runs.push({ what, from: day.date.slice(5), to: day.date.slice(5) });
    }
    expect(runs.map((r) => `${r.what} ${r.from}${r.to === r.from ? '' : `..${r.to}`}`)).toEqual(['travel 10-15', 'work 2001 10-16..10-25', 'travel 10-26', 'work 2002 10-27..11-07', 'reserve 11-08..11-13', 'travel 11-14']);
    expect(days.reduce((sum, d) => sum + d.families, 0)).toBe(220);
    expect(Math.max(...days.map((d) => d.families))).toBe(10);
  });
});

describe('dropLocalTravellers: a PPL recruited where they work rides no charter', () => {
  const trip = (label: string, stops: Trip['stops']): Trip => ({
    label, districtCode: '65.03.19', mode: 'plane', kind: 'inbound', departDate: '2022-10-15', returnDate: '2022-10-16', stops,
    seats: 7, seatsUsed: stops.reduce((s, x) => s + x.people.length, 0), legs: 1, costRupiah: 15_000_000 + (stops.length - 1) * 3_750_000,
  });
  it('takes them off their village\'s stop, drops stops and trips nobody uses and prices the rest again', () => {
    const trips = [
      trip('65.03.19#01', [{ villageCode: '65.03.19.2001', date: '2022-10-16', people: ['PPL 65.03.19-001', 'PML 65.03.19-01'] }, { villageCode: '65.03.19.2002', date: '2022-10-16', people: ['PPL 65.03.19-002'] }]),
      trip('65.03.19#02', [{ villageCode: '65.03.19.2003', date: '2022-10-16', people: ['PPL 65.03.19-003'] }]),
    ];
    const homeOf = new Map([['PPL 65.03.19-002', '65.03.19.2002'], ['PPL 65.03.19-003', '65.03.19.2003'], ['PPL 65.03.19-001', '65.03.19.2009']]);
    const dropped = dropLocalTravellers({ trips, homeOf, params });
    // trip 1 keeps its first stop (a PPL from elsewhere and the PML): one leg, no extra stop; trip 2 goes
    expect(dropped.changed.map((t) => [t.label, t.stops.map((s) => s.villageCode), t.seatsUsed, t.costRupiah])).toEqual([['65.03.19#01', ['65.03.19.2001'], 2, 15_000_000]]);
    expect(dropped).toMatchObject({ removed: ['65.03.19#02'], legsSaved: 1, rupiahSaved: 3_750_000 + 15_000_000 });
  });
});

import { describe, expect, it } from 'vitest';
import type { Trip } from '@/lib/charters/pooling/types';
import { defaultOperationParams, type OperationParams } from '@/lib/operations/params';
import { planStaffing } from '@/lib/planning/plan-staffing';
import type { SlsWorkload } from '@/lib/workload/types';
import { village } from '../../planning/workloads';

const plan = (workloads: SlsWorkload[], params: Partial<OperationParams> = {}) => planStaffing({ workloads, params: { ...defaultOperationParams, ...params }, areaCode: '65' });

/** A trip as one line: kind, dates, route with people per stop, seats and rupiah. */
const line = (t: Trip) => `${t.kind} ${t.departDate.slice(5)}→${t.returnDate.slice(5)} ${t.stops.map((s) => `${s.villageCode.slice(9)}@${s.date.slice(5)}:${s.people.join('+')}`).join(' ')} ${t.seatsUsed}/${t.seats} ${t.costRupiah / 1e6}`;

describe('charter pooling: trips, teams and shared PPL of boat and plane villages', () => {
  it('lets three small plane villages share one PPL, their PML staying with them, moving by charter', () => {
    // 60 + 70 + 80 families, 1 day each way: alone, 3 PPL at 2.6-3.5 a day and 3 PML staying cost Rp 68.4 million
    // (Rp 23.4 million honors, one sortie of 6 people with 3 stops each way); shared, Rp 67.8 million: 1 PPL, 1 PML,
    // a sortie in and one out, two moves. 210 families over 23 - 2 move days = 21 days = 10 a day.
    const result = plan([...village('65.03.19.2001', [60], { mode: 'plane', travel: 1 }), ...village('65.03.19.2002', [70], { mode: 'plane', travel: 1 }), ...village('65.03.19.2003', [80], { mode: 'plane', travel: 1 })]);
    expect(result.territories).toHaveLength(1);
    expect(result.territories[0]).toMatchObject({ label: 'PPL 65.03.19-001', villageCodes: ['65.03.19.2001', '65.03.19.2002', '65.03.19.2003'], families: 210, onSiteDays: 21, familiesPerDay: 10, flag: null, endDate: '2022-11-14' });
    // work 16-21 Oct at 2001, move 22 Oct, 23-29 Oct at 2002, move 30 Oct, 31 Oct - 7 Nov at 2003, reserve to 13 Nov, out 14 Nov
    expect(result.trips.map(line)).toEqual([
      'inbound 10-15→10-16 2001@10-16:PPL 65.03.19-001+PML 65.03.19-01 2/7 15',
      'move 10-22→10-23 2001@10-22:PPL 65.03.19-001+PML 65.03.19-01 2002@10-23:PPL 65.03.19-001+PML 65.03.19-01 2/7 15',
      'move 10-30→10-31 2002@10-30:PPL 65.03.19-001+PML 65.03.19-01 2003@10-31:PPL 65.03.19-001+PML 65.03.19-01 2/7 15',
      'outbound 11-14→11-14 2003@11-14:PPL 65.03.19-001+PML 65.03.19-01 2/7 15',
    ]);
    expect(result.trips.map((t) => t.label)).toEqual(['65.03.19#01', '65.03.19#02', '65.03.19#03', '65.03.19#04']);
    expect(result.pooling).toMatchObject({ residentPml: 1, visitingPml: 0, sharedPpl: 1, pooled: { ppl: 1, pml: 1, remotePpl: 1, charterLegs: 4, chartersRupiah: 60_000_000 } });
    // unpooled: 3 villages x (in + out + 3 PML visits there and back) = 24 sorties
    expect(result.pooling!.unpooled).toMatchObject({ ppl: 3, pml: 1, remotePpl: 3, charterLegs: 24, charterTrips: 15, chartersRupiah: 360_000_000 });
  });

  it('puts teams bound for one kecamatan on shared trips, on the same dates, within the seats', () => {
    // two boat villages of 2 PPL each (460 families, 10/day over 23 days), 10 seats: each team (2 PPL + its PML) on one boat with two stops
    const result = plan([...village('65.02.09.2001', [230, 230], { mode: 'boat', travel: 1 }), ...village('65.02.09.2002', [230, 230], { mode: 'boat', travel: 1 })]);
    expect(result.trips.map(line)).toEqual([
      'inbound 10-15→10-16 2001@10-16:PPL 65.02.09-001+PPL 65.02.09-002+PML 65.02.09-01 2002@10-16:PPL 65.02.09-003+PPL 65.02.09-004+PML 65.02.09-02 6/10 5',
      'outbound 11-14→11-14 2001@11-14:PPL 65.02.09-001+PPL 65.02.09-002+PML 65.02.09-01 2002@11-14:PPL 65.02.09-003+PPL 65.02.09-004+PML 65.02.09-02 6/10 5',
    ]);
  });

  it('has one PML visit both villages when visits cost less than a second PML', () => {
    // a visit every 30 days never falls inside a 29-day stay: one visiting PML for the 4 PPL beats two staying
    const workloads = [...village('65.02.09.2001', [230, 230], { mode: 'boat', travel: 1 }), ...village('65.02.09.2002', [230, 230], { mode: 'boat', travel: 1 })];
    const result = plan(workloads, { supervisionEveryDays: 30 });
    expect(result.teams).toHaveLength(1);
    expect(result.pooling).toMatchObject({ residentPml: 0, visitingPml: 1 });
    expect(result.trips.map((t) => `${t.kind} ${t.seatsUsed}`)).toEqual(['inbound 4', 'outbound 4']);
    // every 10 days: visits on 26 Oct and 5 Nov, two boat legs and a second stop each (Rp 18 million), cost more than the PML saved (Rp 4.1 million)
    expect(plan(workloads, { supervisionEveryDays: 10 }).pooling).toMatchObject({ residentPml: 2, visitingPml: 0 });
  });

  it('flies a PML in alone to stay with locally recruited PPL', () => {
    const result = plan(village('65.03.01.2001', [250, 250], { mode: 'boat', travel: 1, local: true }));
    expect(result.trips.map(line)).toEqual(['inbound 10-15→10-16 2001@10-16:PML 65.03.01-01 1/10 4', 'outbound 11-14→11-14 2001@11-14:PML 65.03.01-01 1/10 4']);
    expect(result.territories.every((t) => t.endDate === '2022-11-08')).toBe(true); // local staff keep the window's reserve days at home
  });

  it('reports against the unpooled plan of the same input exactly as charterPooling: false plans it', () => {
    const workloads = [
      ...village('65.03.19.2001', [60], { mode: 'plane', travel: 1 }),
      ...village('65.03.19.2002', [300, 200], { mode: 'plane', travel: 1 }),
      ...village('65.03.19.2003', [150, 150], { mode: 'road' }),
      ...village('65.02.09.2001', [120], { mode: 'boat', travel: 2 }),
    ];
    const pooled = plan(workloads);
    const unpooled = plan(workloads, { charterPooling: false });
    expect(pooled.pooling!.unpooled).toEqual(unpooled.logistics);
    expect(unpooled.pooling).toBeNull();
    // the unpooled rule's legs shown as one-village trips, at the same cost
    expect(unpooled.trips.reduce((s, t) => s + t.costRupiah, 0)).toBe(unpooled.budget.chartersRupiah);
    expect(unpooled.trips.reduce((s, t) => s + t.legs, 0)).toBe(unpooled.charters.reduce((s, c) => s + c.trips.length, 0));
    expect(unpooled.trips.every((t) => t.stops.length === 1)).toBe(true);
    expect(pooled.budget.totalRupiah).toBeLessThan(unpooled.budget.totalRupiah);
  });
});

import { describe, expect, it } from 'vitest';
import { plannedCurve, type PlannedSlot } from '@/lib/coverage/planned-curve';
import { workingCalendar } from '@/lib/coverage/working-calendar';
import { defaultOperationParams } from '@/lib/operations/params';

const calendar = workingCalendar({ params: defaultOperationParams }); // 25 working days 15 Oct..8 Nov, 6 reserve
const dates = calendar.windowDates; // 31
const noLinear = { families: 0, workingDates: calendar.dates };
const slot = (sls: PlannedSlot['sls'], extra: Partial<PlannedSlot> = {}): PlannedSlot => ({ workingDays: calendar, onSiteDays: 25, sls, ...extra });
/** cumulative families on the given dates */
const on = (curve: { cumulative: number[] }, ...wanted: string[]) => wanted.map((d) => curve.cumulative[dates.indexOf(d)]);

describe('plannedCurve', () => {
  it('is linear over the working days without a plan: 30 families over 25 days reach floor(30·i/25)', () => {
    const curve = plannedCurve({ dates, slots: [], linear: { families: 30, workingDates: calendar.dates } });
    expect(curve.planSource).toBe('linear');
    // day 1: 1, day 2: 2, day 5: 6, day 25 (8 Nov): 30, then flat through the reserve
    expect(on(curve, '2022-10-15', '2022-10-16', '2022-10-19', '2022-11-08', '2022-11-14')).toEqual([1, 2, 6, 30, 30]);
    expect([curve.totalFamilies, curve.plannedEnd]).toEqual([30, '2022-11-08']);
  });

  it('follows a slot\'s schedule: 250 families on 25 days is 10 a day', () => {
    const curve = plannedCurve({ dates, slots: [slot([{ slsCode: 'a', families: 250 }])], linear: noLinear });
    expect(curve.planSource).toBe('plan');
    expect(on(curve, '2022-10-15', '2022-10-24', '2022-11-08', '2022-11-14')).toEqual([10, 100, 250, 250]);
    expect(curve.plannedEnd).toBe('2022-11-08');
  });

  it('starts a remote slot after its travel: 84 families on 21 days, 2 travel days each way', () => {
    const curve = plannedCurve({ dates, slots: [slot([{ slsCode: 'x', families: 84 }], { onSiteDays: 21 })], linear: noLinear });
    // travel 15-16 Oct, 4 a day 17 Oct .. 6 Nov, travel 7-8 Nov
    expect(on(curve, '2022-10-16', '2022-10-17', '2022-11-06', '2022-11-08')).toEqual([0, 4, 84, 84]);
    expect(curve.plannedEnd).toBe('2022-11-06');
  });

  it('sums slots, an entry standing for identical slots counting that many times', () => {
    const curve = plannedCurve({ dates, slots: [slot([{ slsCode: '', families: 250 }], { count: 3 }), slot([{ slsCode: '', families: 50 }])], linear: noLinear });
    // 3 x 10 + 2 a day
    expect(on(curve, '2022-10-15', '2022-11-08')).toEqual([32, 800]);
  });

  it('counts only the area\'s SLS of a slot planned for a larger area', () => {
    // SLS a 75, b 105, c 70: 10 a day in visiting order; b is families 75..180
    const sls = [{ slsCode: 'a', families: 75 }, { slsCode: 'b', families: 105 }, { slsCode: 'c', families: 70 }];
    const curve = plannedCurve({ dates, slots: [slot(sls, { withinSls: new Set(['b']) })], linear: noLinear });
    // day 8 (22 Oct) works 70..80: 5 of b; days 9-18 work 10 of b each; day 18 is 1 Nov
    expect(on(curve, '2022-10-21', '2022-10-22', '2022-10-23', '2022-11-01', '2022-11-02')).toEqual([0, 5, 15, 105, 105]);
    expect([curve.totalFamilies, curve.plannedEnd]).toEqual([105, '2022-11-01']);
  });

  it('mixes a plan with the target no plan covers, and says so', () => {
    const curve = plannedCurve({ dates, slots: [slot([{ slsCode: 'a', families: 250 }])], linear: { families: 50, workingDates: calendar.dates } });
    expect(curve.planSource).toBe('mixed');
    expect(on(curve, '2022-10-15', '2022-11-08')).toEqual([12, 300]);
  });

  it('uses each plan\'s own calendar: Sundays off leave Sundays flat', () => {
    const sundaysOff = workingCalendar({ params: { ...defaultOperationParams, restWeekdays: [0] } }); // 20 working days
    const curve = plannedCurve({ dates, slots: [{ workingDays: sundaysOff, onSiteDays: 20, sls: [{ slsCode: 'a', families: 200 }] }], linear: noLinear });
    expect(on(curve, '2022-10-15', '2022-10-16', '2022-10-17', '2022-11-07')).toEqual([10, 10, 20, 200]);
  });

  it('counts work planned before the series from its first date', () => {
    const early = workingCalendar({ params: { ...defaultOperationParams, windowStart: '2022-10-10', windowEnd: '2022-11-14', reserveDays: 11 } }); // 10 Oct .. 3 Nov
    const curve = plannedCurve({ dates, slots: [{ workingDays: early, onSiteDays: 25, sls: [{ slsCode: 'a', families: 250 }] }], linear: noLinear });
    // 10..15 Oct are six days of 10
    expect(on(curve, '2022-10-15', '2022-11-03')).toEqual([60, 250]);
  });

  it('plans nothing for nothing', () => {
    const curve = plannedCurve({ dates, slots: [], linear: noLinear });
    expect([curve.planSource, curve.totalFamilies, curve.plannedEnd, Math.max(...curve.cumulative)]).toEqual(['linear', 0, null, 0]);
  });
});

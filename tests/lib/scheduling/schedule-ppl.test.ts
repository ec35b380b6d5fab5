import { describe, expect, it } from 'vitest';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { defaultOperationParams } from '@/lib/operations/params';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';

const workingDays = countWorkingDays({ params: defaultOperationParams }); // 25 working days, 6 reserve

describe('schedulePpl', () => {
  it('spreads a road territory evenly over the 25 working days and keeps the last 6 in reserve', () => {
    // 3 SLS of 70, 110 and 70 families = 250 = 10 a day
    const sls = [{ slsCode: 'a', families: 70 }, { slsCode: 'b', families: 110 }, { slsCode: 'c', families: 70 }];
    const days = schedulePpl({ sls, onSiteDays: 25, workingDays });
    expect(days).toHaveLength(31);
    expect(days.filter((d) => d.kind === 'work').map((d) => d.families)).toEqual(Array(25).fill(10));
    expect(days.slice(25).every((d) => d.kind === 'reserve')).toBe(true);
    expect(days[0]).toEqual({ date: '2022-10-15', kind: 'work', families: 10, slsCodes: ['a'] });
    // day 7 works families 60..70 of SLS a and nothing of b; day 8 (families 70..80) is all SLS b
    expect(days[6]?.slsCodes).toEqual(['a']);
    expect(days[7]?.slsCodes).toEqual(['b']);
    // families 170..180 finish SLS b; 180..190 start c
    expect(days[17]?.slsCodes).toEqual(['b']);
    expect(days[18]?.slsCodes).toEqual(['c']);
  });

  it('puts travel at both ends of a remote territory (2 days each way -> 21 on site)', () => {
    const days = schedulePpl({ sls: [{ slsCode: 'x', families: 84 }], onSiteDays: 21, workingDays });
    expect(days.map((d) => d.kind).slice(0, 3)).toEqual(['travel', 'travel', 'work']);
    expect(days.slice(21, 25).map((d) => d.kind)).toEqual(['work', 'work', 'travel', 'travel']);
    expect(days.filter((d) => d.kind === 'work').map((d) => d.families)).toEqual(Array(21).fill(4));
  });

  it('marks rest weekdays and holidays as rest, and the total always adds up', () => {
    const wd = countWorkingDays({ params: { ...defaultOperationParams, restWeekdays: [0], holidays: ['2022-10-20'] } });
    const sls = [{ slsCode: 'a', families: 97 }, { slsCode: 'b', families: 101 }];
    const days = schedulePpl({ sls, onSiteDays: wd.count, workingDays: wd });
    expect(days.find((d) => d.date === '2022-10-16')?.kind).toBe('rest'); // a Sunday
    expect(days.find((d) => d.date === '2022-10-20')?.kind).toBe('rest');
    expect(days.reduce((s, d) => s + d.families, 0)).toBe(198);
    expect(new Set(days.flatMap((d) => d.slsCodes))).toEqual(new Set(['a', 'b']));
  });
});

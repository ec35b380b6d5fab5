import { describe, expect, it } from 'vitest';
import { defaultOperationParams } from '@/lib/operations/params';
import { countWorkingDays } from '@/lib/planning/count-working-days';
import { schedulePpl } from '@/lib/scheduling/schedule-ppl';

const workingDays = countWorkingDays({ params: defaultOperationParams }); // 25 working days from 15 Oct, 6 reserve

describe('schedulePpl edges', () => {
  it('spreads families that do not divide evenly: 262 over 25 days is 10 or 11 a day, 12 days of 11', () => {
    const days = schedulePpl({ sls: [{ slsCode: 'a', families: 262 }], onSiteDays: 25, workingDays }).filter((d) => d.kind === 'work');
    // day d works floor((d+1) x 262 / 25) - floor(d x 262 / 25): 262 = 25 x 10 + 12
    expect(days.filter((d) => d.families === 11)).toHaveLength(12);
    expect(days.filter((d) => d.families === 10)).toHaveLength(13);
  });

  it('lists an SLS without families on the day its place falls in, and at the end on the last day', () => {
    const sls = [{ slsCode: 'empty-first', families: 0 }, { slsCode: 'a', families: 250 }, { slsCode: 'empty-last', families: 0 }];
    const days = schedulePpl({ sls, onSiteDays: 25, workingDays });
    expect(days[0]!.slsCodes).toEqual(['empty-first', 'a']);
    expect(days[24]!.slsCodes).toEqual(['a', 'empty-last']);
    expect(days.filter((d) => d.slsCodes.includes('empty-last'))).toHaveLength(1);
  });

  it('derives travel from the on-site days: 19 of 25 means 3 days each way', () => {
    const days = schedulePpl({ sls: [{ slsCode: 'a', families: 190 }], onSiteDays: 19, workingDays });
    expect(days.slice(0, 4).map((d) => d.kind)).toEqual(['travel', 'travel', 'travel', 'work']);
    expect(days.slice(21, 26).map((d) => d.kind)).toEqual(['work', 'travel', 'travel', 'travel', 'reserve']);
    expect(days[3]).toEqual({ date: '2022-10-18', kind: 'work', families: 10, slsCodes: ['a'] });
  });
});

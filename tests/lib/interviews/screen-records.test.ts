import { describe, expect, it } from 'vitest';
import type { InterviewRecordInput } from '@/lib/interviews/record-input';
import { screenInterviewRecords, type ScreenInput } from '@/lib/interviews/screen-records';

const base: InterviewRecordInput = { id: '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f', slsCode: '64.71.01.1001.0001', pplId: 7, visitedOn: '2022-10-20', outcome: 'completed' };
const context: Omit<ScreenInput, 'records'> = {
  areaCodes: ['64.71'],
  knownSls: new Set(['64.71.01.1001.0001', '65.02.04.2003.0001']),
  staffRoles: new Map([[7, 'ppl'], [8, 'pml']]),
  windowStart: '2022-10-15',
  windowEnd: '2022-11-14',
  today: '2022-10-28',
};

const screen = (change: Partial<InterviewRecordInput>, more: Partial<ScreenInput> = {}) =>
  screenInterviewRecords({ ...context, ...more, records: [{ index: 3, record: { ...base, ...change } }] });

describe('screenInterviewRecords', () => {
  it.each([
    // what                                   change                                     more                              field        code                  params
    ['inside the window, before today', {}, {}, null, null, undefined],
    ['on the first day and on today', { visitedOn: '2022-10-28' }, {}, null, null, undefined],
    ['an SLS outside the caller\'s areas (even a real one)', { slsCode: '65.02.04.2003.0001' }, {}, 'slsCode', 'sls_outside_scope', undefined],
    ['an SLS outside the areas that does not exist', { slsCode: '65.02.04.2003.0099' }, {}, 'slsCode', 'sls_outside_scope', undefined],
    ['an SLS not in the frame', { slsCode: '64.71.01.1001.0099' }, {}, 'slsCode', 'unknown_sls', undefined],
    ['a caller over the whole country', { slsCode: '65.02.04.2003.0001' }, { areaCodes: ['ID'] }, null, null, undefined],
    ['a staff id not on the roster', { pplId: 99 }, {}, 'pplId', 'unknown_ppl', undefined],
    ['a PML', { pplId: 8 }, {}, 'pplId', 'not_a_ppl', { role: 'pml' }],
    ['a visit the day before the window', { visitedOn: '2022-10-14' }, {}, 'visitedOn', 'visit_before_window', { windowStart: '2022-10-15' }],
    ['a visit after the window', { visitedOn: '2022-11-15' }, { today: '2022-12-01' }, 'visitedOn', 'visit_after_window', { windowEnd: '2022-11-14' }],
    ['a visit tomorrow', { visitedOn: '2022-10-29' }, {}, 'visitedOn', 'visit_in_future', { today: '2022-10-28' }],
  ])('%s', (_what, change, more, field, code, params) => {
    const { passed, rejected } = screen(change, more);
    if (code === null) {
      expect(rejected).toEqual([]);
      expect(passed).toHaveLength(1);
    } else {
      expect(passed).toEqual([]);
      expect(rejected).toEqual([{ index: 3, id: base.id, field, code, ...(params ? { params } : {}) }]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { readInterviewRecord } from '@/lib/interviews/read-record';

const id = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const good = { id, slsCode: '64.71.01.1001.0001', pplId: 7, visitedOn: '2022-10-20', outcome: 'completed' };

describe('readInterviewRecord', () => {
  it('reads a minimal record and one with every field, lowering the id', () => {
    expect(readInterviewRecord(good, 0)).toEqual({ ok: true, record: good });
    const full = { ...good, id: id.toUpperCase(), familySize: 30, familyRef: '6471010101010001' };
    expect(readInterviewRecord(full, 0)).toEqual({ ok: true, record: { ...full, id } });
  });

  it.each([
    // what is wrong                      the record                                        field        code               params
    ['not an object', 42, 'record', 'not_a_record', undefined],
    ['an array', [good], 'record', 'not_a_record', undefined],
    ['null', null, 'record', 'not_a_record', undefined],
    ['an unknown key', { ...good, kk: '1' }, 'kk', 'unknown_field', undefined],
    ['no id', { ...good, id: undefined }, 'id', 'missing_field', undefined],
    ['an id that is no UUID', { ...good, id: 'rec-1' }, 'id', 'invalid_id', undefined],
    ['an SLS code of a village', { ...good, slsCode: '64.71.01.1001' }, 'slsCode', 'bad_sls_code', undefined],
    ['a PPL id of 0', { ...good, pplId: 0 }, 'pplId', 'bad_ppl_id', undefined],
    ['a PPL id as text', { ...good, pplId: '7' }, 'pplId', 'bad_ppl_id', undefined],
    ['a PPL id past int4', { ...good, pplId: 2 ** 31 }, 'pplId', 'bad_ppl_id', undefined],
    ['no visit date', { ...good, visitedOn: undefined }, 'visitedOn', 'missing_field', undefined],
    ['30 February', { ...good, visitedOn: '2022-02-30' }, 'visitedOn', 'bad_date', undefined],
    ['29 February of a common year', { ...good, visitedOn: '2022-02-29' }, 'visitedOn', 'bad_date', undefined],
    ['month 13', { ...good, visitedOn: '2022-13-01' }, 'visitedOn', 'bad_date', undefined],
    ['day 0', { ...good, visitedOn: '2022-10-00' }, 'visitedOn', 'bad_date', undefined],
    ['a date with a time', { ...good, visitedOn: '2022-10-20T08:00' }, 'visitedOn', 'bad_date', undefined],
    ['an unknown outcome', { ...good, outcome: 'done' }, 'outcome', 'bad_outcome', undefined],
    ['a family of 0', { ...good, familySize: 0 }, 'familySize', 'bad_family_size', { min: 1, max: 30 }],
    ['a family of 31', { ...good, familySize: 31 }, 'familySize', 'bad_family_size', { min: 1, max: 30 }],
    ['a family of 2.5', { ...good, familySize: 2.5 }, 'familySize', 'bad_family_size', { min: 1, max: 30 }],
    ['an empty family ref', { ...good, familyRef: '' }, 'familyRef', 'bad_family_ref', { maxLength: 64 }],
    ['a family ref of 65', { ...good, familyRef: 'x'.repeat(65) }, 'familyRef', 'bad_family_ref', { maxLength: 64 }],
    ['a family ref with a newline', { ...good, familyRef: '12\n34' }, 'familyRef', 'bad_family_ref', { maxLength: 64 }],
    ['a family ref with an edge space', { ...good, familyRef: ' 1234' }, 'familyRef', 'bad_family_ref', { maxLength: 64 }],
    ['two bad fields: the first in field order', { ...good, outcome: 'x', slsCode: 'y' }, 'slsCode', 'bad_sls_code', undefined],
  ])('refuses %s', (_what, raw, field, code, params) => {
    const read = readInterviewRecord(raw, 4);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.rejection).toEqual({ index: 4, id: typeof (raw as { id?: unknown })?.id === 'string' ? (raw as { id: string }).id : null, field, code, ...(params ? { params } : {}) });
  });

  it('accepts a family ref with inner spaces and punctuation', () => {
    expect(readInterviewRecord({ ...good, familyRef: 'KK 6471-01/0001' }, 0).ok).toBe(true);
  });
});

describe('visit dates', () => {
  it.each(['2024-02-29', '2022-12-31', '2022-01-01', '0050-06-15'])('accepts the calendar day %s', (visitedOn) => {
    expect(readInterviewRecord({ ...good, visitedOn }, 0).ok).toBe(true);
  });
});

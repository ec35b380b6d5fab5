import { describe, expect, it } from 'vitest';
import { parseInterviewCsv } from '@/lib/interviews/parse-interview-csv';
import { readCsvRecords } from '@/db/files/read-csv-records';

const id = '3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

describe('parseInterviewCsv', () => {
  it('reads records with their lines, empty optional values as none, numbers as numbers', () => {
    const text = `id,sls_code,ppl_id,visited_on,outcome,family_size,family_ref\n${id},64.71.01.1001.0001,7,2022-10-20,completed,4,6471010101010001\n\n${id},64.71.01.1001.0001,7,2022-10-21,not_home,,\n`;
    expect(parseInterviewCsv(readCsvRecords(text))).toEqual({
      ok: true,
      lines: [2, 4],
      errors: [],
      records: [
        { id, slsCode: '64.71.01.1001.0001', pplId: 7, visitedOn: '2022-10-20', outcome: 'completed', familySize: 4, familyRef: '6471010101010001' },
        { id, slsCode: '64.71.01.1001.0001', pplId: 7, visitedOn: '2022-10-21', outcome: 'not_home' },
      ],
    });
  });

  it('reads a file without the optional columns, and semicolons', () => {
    const parsed = parseInterviewCsv(readCsvRecords(`ID;SLS_CODE;PPL_ID;VISITED_ON;OUTCOME\n${id};64.71.01.1001.0001;x7;2022-10-20;completed\n`));
    expect(parsed.ok && parsed.records).toEqual([{ id, slsCode: '64.71.01.1001.0001', pplId: 'x7', visitedOn: '2022-10-20', outcome: 'completed' }]);
  });

  it.each([
    // what                        text                                                       line  field
    ['a missing column', 'id,sls_code,ppl_id,outcome\n', 1, 'visited_on'],
    ['an unknown column', 'id,sls_code,ppl_id,visited_on,outcome,kk\n', 1, 'kk'],
    ['no rows', 'id,sls_code,ppl_id,visited_on,outcome\n', 2, 'id'],
  ])('refuses %s', (_what, text, line, field) => {
    const parsed = parseInterviewCsv(readCsvRecords(text));
    expect(parsed.ok).toBe(false);
    expect(parsed.errors[0]).toMatchObject({ line, field });
  });

  it('names a row of the wrong width beside the good rows', () => {
    const parsed = parseInterviewCsv(readCsvRecords(`id,sls_code,ppl_id,visited_on,outcome\n${id},64.71.01.1001.0001,7,2022-10-20,completed\n${id},64.71.01.1001.0001,7\n`));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && [parsed.lines, parsed.errors.map((e) => e.line)]).toEqual([[2], [3]]);
  });
});

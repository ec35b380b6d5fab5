import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from '@/lib/csv/parse-csv';

describe('parseCsv', () => {
  it.each([
    { case: 'plain', text: 'a,b\n1,2\n', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { case: 'CRLF and no final newline', text: 'a,b\r\n1,2', records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }] },
    { case: 'blank lines skipped, line numbers kept', text: 'a\n\n\nb\n', records: [{ line: 1, fields: ['a'] }, { line: 4, fields: ['b'] }] },
    { case: 'quoted comma and doubled quote', text: '"x, y","say ""hi"""\n', records: [{ line: 1, fields: ['x, y', 'say "hi"'] }] },
    // a quoted field across lines: the next record starts on line 3
    { case: 'newline inside quotes', text: '"a\nb",c\nd\n', records: [{ line: 1, fields: ['a\nb', 'c'] }, { line: 3, fields: ['d'] }] },
    { case: 'empty fields', text: ',,\n', records: [{ line: 1, fields: ['', '', ''] }] },
    { case: 'byte order mark', text: '\uFEFFa\n', records: [{ line: 1, fields: ['a'] }] },
    { case: 'empty text', text: '', records: [] },
  ])('$case', ({ text, records }) => {
    expect(parseCsv(text)).toEqual(records);
  });
});

describe('toCsv', () => {
  it('quotes only cells that need it and ends lines with CRLF', () => {
    expect(toCsv(['kode', 'nama'], [['64.71', 'Kota "Balikpapan", Kaltim'], ['65', null]])).toBe('kode,nama\r\n64.71,"Kota ""Balikpapan"", Kaltim"\r\n65,\r\n');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('round-trips through parseCsv', () => {
    const rows = [['a,b', 'c"d', 'e\nf'], ['1', '', '3']];
    expect(parseCsv(toCsv(['x', 'y', 'z'], rows)).map((r) => r.fields)).toEqual([['x', 'y', 'z'], ...rows]);
  });
});

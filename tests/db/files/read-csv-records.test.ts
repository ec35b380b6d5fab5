import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '@/db/files/read-csv-records';
import { words } from '../../i18n/words';

describe('readCsvRecords: CSV through papaparse, with the line each record starts on', () => {
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
    { case: 'lone CR line ends', text: 'a\rb\r', records: [{ line: 1, fields: ['a'] }, { line: 2, fields: ['b'] }] },
    { case: 'mixed line ends', text: 'a\r\nb\nc\rd', records: ['a', 'b', 'c', 'd'].map((f, i) => ({ line: i + 1, fields: [f] })) },
    { case: 'a quoted empty line, skipped like a blank one', text: 'a\n""\nb\n', records: [{ line: 1, fields: ['a'] }, { line: 3, fields: ['b'] }] },
  ])('$case', ({ text, records }) => {
    expect(readCsvRecords(text)).toEqual(records);
  });

  it.each([
    { case: 'a quote never closed', text: 'a,"b\nc\n', problem: { field: 1, message: 'tanda kutip " tidak ditutup' } },
    { case: 'text after a closing quote', text: '"ab"c,d\n', problem: { field: 0, message: 'sesudah tanda kutip penutup harus ada pemisah kolom atau akhir baris' } },
    { case: 'text after a closing quote, second field', text: 'a,"b"c,d\n', problem: { field: 1, message: 'sesudah tanda kutip penutup harus ada pemisah kolom atau akhir baris' } },
    { case: 'a quote inside an unquoted field', text: 'a,Budi "Ucok"\n', problem: { field: 1, message: 'tanda kutip " di tengah kolom; apit kolom dengan " dan gandakan " di dalamnya' } },
  ])('flags broken quoting instead of guessing silently: $case', ({ text, problem }) => {
    const found = readCsvRecords(text)[0]!.problem;
    expect(found && { field: found.field, message: words({ code: found.code }) }).toEqual(problem);
  });

  it('reads `;` between fields, as Excel saves CSV in an Indonesian locale, detected from the header line', () => {
    expect(readCsvRecords('a;"b;c"\n1,5;2\n').map((r) => r.fields)).toEqual([['a', 'b;c'], ['1,5', '2']]);
    expect(readCsvRecords('\uFEFFa;b\r\n"x ""y""";2\r\n')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x "y"', '2'] }]);
  });

  it('keeps a quoted field holding quotes and both delimiters', () => {
    expect(readCsvRecords('a,b\n"Budi ""Ucok""; S.St, M.Si",2\n')[1]).toEqual({ line: 2, fields: ['Budi "Ucok"; S.St, M.Si', '2'] });
  });
});
